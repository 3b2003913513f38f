using PartnershipRules.Samples.CaseManagement;
using Microsoft.AspNetCore.Builder;

CaseManagementApp.Build(args).Run();

/// <summary>The service's entry point; public so that tests can host it in process (<c>WebApplicationFactory&lt;Program&gt;</c>).</summary>
public partial class Program;
