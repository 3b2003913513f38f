using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PartnershipRules.Hosting.Tests;

/// <summary>
/// Every C# snippet in the README compiles, each as the Program.cs of a new project would (top-level statements, the
/// SDK's implicit usings), against this build of the packages and ASP.NET Core. A snippet that drifts from the API
/// fails here with its line in the README.
/// </summary>
public class ReadmeSnippetTests
{
    private static readonly Regex Block = new(@"^```csharp\n(.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline);

    // What `dotnet new console` and `dotnet new web` put in scope with <ImplicitUsings>enable</ImplicitUsings>.
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    public static TheoryData<int> Snippets()
    {
        var data = new TheoryData<int>();
        foreach (Match match in Block.Matches(Readme()))
        {
            data.Add(Readme().Take(match.Index).Count(c => c == '\n') + 1);
        }

        return data;
    }

    [Fact]
    public void The_readme_has_snippets_to_check() => Assert.True(Snippets().Count >= 4);

    [Theory]
    [MemberData(nameof(Snippets))]
    public void The_snippet_at_this_readme_line_compiles(int line)
    {
        var code = Block.Matches(Readme()).Single(m => Readme().Take(m.Index).Count(c => c == '\n') + 1 == line).Groups[1].Value;
        var compilation = CSharpCompilation.Create(
            "ReadmeSnippet",
            new[] { CSharpSyntaxTree.ParseText(code, path: "README.md"), CSharpSyntaxTree.ParseText(ImplicitUsings) },
            References(),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => $"README.md({line + d.Location.GetLineSpan().StartLinePosition.Line + 1}): {d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    private static string Readme() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>The framework (with ASP.NET Core, which this test project runs on) and the packages' assemblies.</summary>
    private static IEnumerable<MetadataReference> References()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var packages = new[] { typeof(PartnershipAdvisor).Assembly.Location, typeof(Microsoft.Extensions.DependencyInjection.PartnershipRulesServiceCollectionExtensions).Assembly.Location };
        return platform.Concat(packages).Distinct(StringComparer.Ordinal).Select(p => MetadataReference.CreateFromFile(p));
    }
}
