using System.Diagnostics;
using System.Text.RegularExpressions;
using PartnershipRules.Cases;
using PartnershipRules.Cli;
using PartnershipRules.Configuration;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;
using PartnershipRules.Facts;
using PartnershipRules.RuleLanguage;

namespace PartnershipRules.Tests.Hostile;

/// <summary>
/// Writes the hostile corpus to a temporary folder once for the class, and removes it afterwards. Each input gets a
/// path of its kind: a rule file alone in its own rules folder, a case file, or a configuration file; an endless
/// device is linked under such a path.
/// </summary>
public sealed class HostileFiles : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("pr-hostile-");

    public HostileFiles()
    {
        foreach (var input in HostileCorpus.All)
        {
            var path = PathOf(input);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (input.FixedPath is { } device)
            {
                File.CreateSymbolicLink(path, device);
                continue;
            }

            using var file = new FileStream(path, FileMode.Create, FileAccess.Write);
            input.Write!(file);
        }
    }

    /// <summary>Where the input is: for rule files, <c>RuleFolder/hostile.yaml</c>.</summary>
    public string PathOf(HostileInput input)
    {
        var name = input.Name;
        return input.Kind switch
        {
            InputKind.RuleFile => Path.Combine(_root.FullName, "rules-" + name, "hostile.yaml"),
            InputKind.CaseYaml => Path.Combine(_root.FullName, "cases", name + ".yaml"),
            InputKind.CaseJson => Path.Combine(_root.FullName, "cases", name + ".json"),
            _ => Path.Combine(_root.FullName, "config-" + name, ConfigurationFile.DefaultFileName),
        };
    }

    public void Dispose() => _root.Delete(recursive: true);
}

/// <summary>
/// Issue 6's definition of done for hostile input: every input of the corpus, in every kind of file, is refused with an
/// error naming file, line and column, within one second, without the process dying; and the tool exits 2 on each,
/// never with a stack trace.
/// </summary>
/// <remarks>
/// The class runs alone (no other test class in parallel), so the one-second bound measures the input, not a busy
/// test run; one-time start-up (JIT, the embedded references) is paid by a warm-up before the clock starts.
/// </remarks>
[Collection(ConcurrencyTests.Alone)]
public class HostileInputTests : IClassFixture<HostileFiles>
{
    /// <summary>The time the issue allows for refusing one input.</summary>
    private static readonly TimeSpan Allowed = TimeSpan.FromSeconds(1);

    private static readonly string Example = Path.Combine(AppContext.BaseDirectory, "rules", "examples", "sparse-intake.yaml");

    /// <summary>Each loader once on a small valid file, so start-up costs are not charged to the first hostile input.</summary>
    private static readonly Lazy<bool> WarmUp = new(() =>
    {
        _ = CaseFile.Parse("warm-up.yaml", "partnership: {name: A}\n");
        _ = CaseFile.Parse("warm-up.json", "{\"partnership\": {\"name\": \"A\"}}");
        _ = ConfigurationFile.Parse("warm-up.yaml", "severity: {rules: {PR3002: none}}\n");
        _ = RuleCatalogue.Load(new[] { RuleSource.FromText("warm-up.yaml", RuleText.Rule("PR9001", "fact: name\nis: known")) });
        return true;
    });

    private readonly HostileFiles _files;

    public HostileInputTests(HostileFiles files) => _files = files;

    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string>();
        foreach (var input in HostileCorpus.All)
        {
            data.Add(input.Key);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Loading_refuses_it_with_file_line_and_column_within_a_second(string key)
    {
        var input = HostileCorpus.Find(key);
        var path = _files.PathOf(input);

        WarmUp.Value.ToString();
        var clock = Stopwatch.StartNew();
        var diagnostics = Load(input.Kind, path);
        clock.Stop();

        var refusal = diagnostics.FirstOrDefault(d => d.IsError && d.Id == input.ExpectedId);
        Assert.True(refusal is not null, $"{key}: expected {input.ExpectedId}, got:\n{string.Join("\n", diagnostics)}");
        Assert.NotNull(refusal.Location);
        Assert.Equal(path, refusal.Location.FilePath);
        Assert.True(refusal.Location.Line >= 1 && refusal.Location.Column >= 1, refusal.ToString());
        Assert.All(diagnostics.Where(d => d.IsError), d => Assert.NotNull(d.Location));
        Assert.True(clock.Elapsed < Allowed, $"{key}: refused in {clock.Elapsed.TotalMilliseconds:F0} ms; the limit is {Allowed.TotalMilliseconds:F0} ms.");
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void The_tool_exits_2_naming_file_line_and_column_without_a_stack_trace(string key)
    {
        var input = HostileCorpus.Find(key);
        var path = _files.PathOf(input);
        var args = input.Kind switch
        {
            InputKind.RuleFile => new[] { "check", "--rules", Path.GetDirectoryName(path)!, Example },
            InputKind.Configuration => new[] { "check", "--config", path, Example },
            _ => new[] { "check", path },
        };

        var (exit, output) = RunTool(args);

        Assert.True(exit == 2, $"{key}: exit {exit}\n{output}");
        Assert.Matches(Regex.Escape(path) + @"\(\d+,\d+\): error " + input.ExpectedId + ":", output);
        AssertNoStackTrace(output);
    }

    [Theory]
    [InlineData("scalar-50MB")]
    [InlineData("nesting-1e6")]
    [InlineData("alias-bomb")]
    [InlineData("utf8-truncated-sequence")]
    public void A_hostile_case_on_standard_input_is_refused_as_stdin(string name)
    {
        var input = HostileCorpus.Find(InputKind.CaseYaml + "/" + name);
        var (exit, output) = RunTool(new[] { "check", "-" }, () => File.OpenRead(_files.PathOf(input)));
        Assert.Equal(2, exit);
        Assert.Matches(@"<stdin>\(\d+,\d+\): error " + input.ExpectedId + ":", output);
        AssertNoStackTrace(output);
    }

    [Fact]
    public void An_endless_stream_is_read_only_to_the_limit()
    {
        var stream = new EndlessStream();
        var clock = Stopwatch.StartNew();
        var result = CaseFile.Load("endless", stream);
        Assert.True(clock.Elapsed < Allowed, clock.Elapsed.ToString());
        var refusal = Assert.Single(result.Diagnostics);
        Assert.Equal(("PR0002", "endless", 1, 1), (refusal.Id, refusal.Location!.FilePath, refusal.Location.Line, refusal.Location.Column));
        Assert.Equal(DocumentLimits.CaseFiles.MaxFileBytes + 1, stream.Position);
        Assert.Contains("more than 262,144 bytes", refusal.Message, StringComparison.Ordinal);

        var configuration = ConfigurationFile.Load("endless", new EndlessStream());
        Assert.Equal("PR0002", Assert.Single(configuration.Diagnostics).Id);
    }

    [Fact]
    public void Every_limit_can_be_raised_or_lowered_by_the_host()
    {
        var lenient = new DocumentLimits { MaxFileBytes = 4 * 1024 * 1024, MaxScalarLength = 200_000 };
        var longName = "partnership:\n  name: \"" + new string('x', 150_000) + "\"\n";
        Assert.Equal("PR0009", Assert.Single(CaseFile.Parse("long.yaml", longName).Diagnostics).Id);
        Assert.False(CaseFile.Parse("long.yaml", longName, lenient).HasErrors);

        Assert.Equal("PR0008", CaseFile.Parse("deep.yaml", "partnership: {partners: [{name: A}]}\n", new DocumentLimits { MaxDepth = 2 }).Diagnostics.Single().Id);
        Assert.Equal("PR0016", CaseFile.Parse("list.yaml", "a: [1, 2]\n", new DocumentLimits { MaxListItems = 1 }).Diagnostics.Single().Id);
        Assert.Equal("PR0009", CaseFile.Parse("value.yaml", "partnership: {name: Braeside Renewal}\n", new DocumentLimits { MaxScalarLength = 12 }).Diagnostics.Single().Id);
        Assert.Equal("PR0002", CaseFile.Parse("big.yaml", new string('#', 1001), new DocumentLimits { MaxFileBytes = 1000 }).Diagnostics.Single().Id);
        var errors = CaseFile.Parse("errors.yaml", "partnership: {a: 1, b: 2, c: 3}\n", new DocumentLimits { MaxDiagnostics = 2 }).Diagnostics;
        Assert.Equal(new[] { "PRC002", "PRC002", "PR0015" }, errors.Select(d => d.Id));
        Assert.Equal(("errors.yaml", 1, 21), (errors[2].Location!.FilePath, errors[2].Location!.Line, errors[2].Location!.Column));
        Assert.Equal("PR0010", ConfigurationFile.Parse("c.yaml", "parameters: {a: 1, b: 2}\n", new DocumentLimits { MaxNodes = 3 }).Diagnostics.Single().Id);

        var ruleFile = RuleSource.FromText("rules.yaml", RuleText.Rule("PR9001", "fact: name\nis: known"));
        Assert.Empty(RuleCatalogue.Load(new[] { ruleFile }).Diagnostics);
        var tiny = RuleCatalogue.Load(new[] { ruleFile }, new RuleCatalogueOptions { DocumentLimits = new DocumentLimits { MaxFileBytes = 100 } });
        Assert.Equal(("PR0002", "rules.yaml"), (tiny.Diagnostics.Single().Id, tiny.Diagnostics.Single().Location!.FilePath));
    }

    [Fact]
    public void A_misspelt_parameter_in_a_configuration_file_is_reported_at_its_line()
    {
        var read = ConfigurationFile.Parse("partnershiprules.yaml", "parameters:\n  PR4007.minimumBarriers: 5\n  PR4007.minimumBariers: 5\n");
        var catalogue = RuleCatalogue.LoadDefault(new RuleCatalogueOptions { Parameters = read.Configuration!.Parameters, ParameterLocations = read.Configuration.ParameterLocations });
        var unknown = Assert.Single(catalogue.Diagnostics);
        Assert.Equal(("PRL020", "partnershiprules.yaml", 3, 3), (unknown.Id, unknown.Location!.FilePath, unknown.Location.Line, unknown.Location.Column));
    }

    /// <summary>The built tool as its own process: a huge case piped in and a million-deep rule file.</summary>
    [Fact]
    public void The_built_tool_refuses_piped_and_deep_input_as_a_process()
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "partnership-rules.dll");
        var piped = RunProcess(tool, new[] { "check", "-" }, _files.PathOf(HostileCorpus.Find(InputKind.CaseYaml + "/scalar-50MB")));
        Assert.True(piped.Exit == 2, piped.Output);
        Assert.Contains("<stdin>(1,1): error PR0002:", piped.Output, StringComparison.Ordinal);
        AssertNoStackTrace(piped.Output);

        var deep = _files.PathOf(HostileCorpus.Find(InputKind.RuleFile + "/nesting-1e6"));
        var validate = RunProcess(tool, new[] { "validate", "--rules", Path.GetDirectoryName(deep)! }, null);
        Assert.True(validate.Exit == 2, validate.Output);
        Assert.Contains(deep + "(", validate.Output, StringComparison.Ordinal);
        Assert.Contains("error PR0008:", validate.Output, StringComparison.Ordinal);
        AssertNoStackTrace(validate.Output);
    }

    private static IReadOnlyList<Diagnostic> Load(InputKind kind, string path) => kind switch
    {
        InputKind.RuleFile => RuleCatalogue.Load(new[] { RuleSource.FromFile(path) }).Diagnostics,
        InputKind.Configuration => ConfigurationFile.Load(path).Diagnostics,
        _ => CaseFile.Load(path).Diagnostics,
    };

    private static (int Exit, string Output) RunTool(string[] args, Func<Stream>? standardInput = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = Program.Run(args, output, error, standardInput ?? (() => Stream.Null));
        return (exit, output + error.ToString());
    }

    private static (int Exit, string Output) RunProcess(string tool, string[] args, string? standardInputFile)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(tool);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            if (standardInputFile is not null)
            {
                using var file = File.OpenRead(standardInputFile);
                file.CopyTo(process.StandardInput.BaseStream);
            }

            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The tool stops reading at the size limit and exits; the rest of the pipe is refused. That is the point.
        }

        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "the tool did not finish within 60 s");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static void AssertNoStackTrace(string output)
    {
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
    }

    /// <summary>A stream that never ends, as a device or a stuck pipe would be.</summary>
    private sealed class EndlessStream : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'x', offset, count);
            _position += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
