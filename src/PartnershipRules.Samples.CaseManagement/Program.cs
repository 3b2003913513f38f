using PartnershipRules.Samples.CaseManagement;
using Microsoft.AspNetCore.Builder;

CaseManagementApp.Build(args).Run();
