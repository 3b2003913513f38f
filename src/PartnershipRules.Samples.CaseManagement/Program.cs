using Microsoft.AspNetCore.Builder;
using PartnershipRules.Samples.CaseManagement;

CaseManagementApp.Build(args).Run();
