using System.Text;
using PartnershipRules.Documents;

namespace PartnershipRules.Tests.Hostile;

/// <summary>The kinds of file a user or another system can hand the library.</summary>
public enum InputKind
{
    RuleFile,
    CaseYaml,
    CaseJson,
    Configuration,
}

/// <summary>One hostile input: how to write it, and the diagnostic it must be refused with.</summary>
/// <param name="Name">A short name, unique within its kind.</param>
/// <param name="Kind">The kind of file it is.</param>
/// <param name="ExpectedId">The id of the error diagnostic that refuses it.</param>
/// <param name="Write">Writes the file's bytes (streamed, so 50 MB never sits in a string).</param>
/// <param name="FixedPath">A path that exists already (a device), instead of a file to write.</param>
public sealed record HostileInput(string Name, InputKind Kind, string ExpectedId, Action<Stream>? Write, string? FixedPath = null)
{
    public string Key => Kind + "/" + Name;

    public override string ToString() => Key;
}

/// <summary>
/// The hostile-input corpus of issue 6, generated at test time (nothing large is committed): an alias bomb, a million
/// levels of nesting, a 50 MB value, duplicate keys, custom tags, injection payloads and invalid UTF-8, each in every
/// kind of file, and the limits around them (values, list items, diagnostics, documents, tabs, endless devices).
/// </summary>
public static class HostileCorpus
{
    /// <summary>The payloads that gave Dynamic LINQ rule engines code execution (see <see cref="InjectionTests"/>).</summary>
    public static readonly string[] Payloads =
    {
        "\"\".GetType().Assembly",
        "System.IO.File.ReadAllText(\"/etc/passwd\")",
        "Environment.Exit(1)",
        "Type.GetType(\"System.Diagnostics.Process\")",
        "new System.Net.WebClient()",
        "\"x\".PadLeft(100000000)",
        "@(System.Environment.GetEnvironmentVariable(\"PATH\"))",
    };

    private static readonly InputKind[] Kinds = { InputKind.RuleFile, InputKind.CaseYaml, InputKind.CaseJson, InputKind.Configuration };

    public static IReadOnlyList<HostileInput> All { get; } = Build().ToList();

    public static HostileInput Find(string key) => All.Single(i => i.Key == key);

    /// <summary>The file size limit that applies to a kind by default.</summary>
    public static long SizeLimit(InputKind kind) => kind == InputKind.RuleFile ? DocumentLimits.RuleFiles.MaxFileBytes : DocumentLimits.CaseFiles.MaxFileBytes;

    private static int ListLimit(InputKind kind) => kind is InputKind.CaseYaml or InputKind.CaseJson ? DocumentLimits.CaseFiles.MaxListItems : DocumentLimits.DefaultMaxListItems;

    private static IEnumerable<HostileInput> Build()
    {
        foreach (var kind in Kinds)
        {
            // Billion laughs: nine levels of nine aliases; refused at its first anchor, before anything expands.
            yield return Value(kind, "alias-bomb", "PR0005", s =>
            {
                Text(s, "[&l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]");
                for (var level = 1; level < 9; level++)
                {
                    Text(s, ", &l" + level + " [" + string.Join(", ", Enumerable.Repeat("*l" + (level - 1), 9)) + "]");
                }

                Text(s, "]");
            });

            // A million opening brackets: over the size limit of cases and configuration, too deep for rule files.
            yield return Value(kind, "nesting-1e6", 1_000_000 + 64 > SizeLimit(kind) ? "PR0002" : "PR0008", s => Repeat(s, "[", 1_000_000));
            yield return Value(kind, "nesting-within-size", "PR0008", s =>
            {
                Repeat(s, "[", 100_000);
                Repeat(s, "]", 100_000);
            });
            yield return Value(kind, "mapping-nesting", "PR0008", s =>
            {
                Repeat(s, "{\"a\": ", 30_000);
                Text(s, "1");
                Repeat(s, "}", 30_000);
            });

            yield return Value(kind, "scalar-50MB", "PR0002", s =>
            {
                Text(s, "\"");
                Repeat(s, "x", 50 * 1024 * 1024);
                Text(s, "\"");
            });
            yield return Value(kind, "scalar-within-size", "PR0009", s =>
            {
                Text(s, "\"");
                Repeat(s, "x", 100_000);
                Text(s, "\"");
            });

            yield return new HostileInput("duplicate-key-top", kind, "PR0007", s => Text(s, kind switch
            {
                InputKind.RuleFile => "rules: []\nrules: []\n",
                InputKind.CaseYaml => "partnership: {name: A}\npartnership: {name: B}\n",
                InputKind.CaseJson => "{\"partnership\": {\"name\": \"A\"}, \"partnership\": {\"name\": \"B\"}}\n",
                _ => "severity: {rules: {PR3002: none}}\nseverity: {rules: {PR3002: error}}\n",
            }));
            yield return Value(kind, "duplicate-key-nested", "PR0007", s => Text(s, "{\"k\": 1, \"k\": 2}"));

            yield return Value(kind, "tag-python", "PR0006", s => Text(s, "!!python/object/apply:os.system [\"echo owned\"]"));
            yield return Value(kind, "tag-dotnet-type", "PR0006", s => Text(s, "!System.Diagnostics.Process {\"StartInfo\": {\"FileName\": \"sh\"}}"));
            yield return Value(kind, "tag-verbatim", "PR0006", s => Text(s, "!<tag:yaml.org,2002:js/function> \"function () {}\""));

            yield return Value(kind, "utf8-truncated-sequence", "PR0003", s => Bytes(s, 0x22, 0xC3, 0x28, 0x22));
            yield return Value(kind, "utf8-overlong", "PR0003", s => Bytes(s, 0x22, 0xC0, 0xAF, 0x22));
            yield return Value(kind, "utf8-surrogate", "PR0003", s => Bytes(s, 0x22, 0xED, 0xA0, 0x80, 0x22));
            yield return Value(kind, "utf8-lone-continuation", "PR0003", s => Bytes(s, 0x22, 0x80, 0x22));
            yield return new HostileInput("utf16-file", kind, "PR0003", s =>
            {
                var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Prefix(kind) + "\"A\"" + Suffix(kind))).ToArray();
                s.Write(bytes, 0, bytes.Length);
            });

            yield return Value(kind, "control-character", "PR0004", s => Bytes(s, 0x22, (byte)'a', 0x00, (byte)'b', 0x22));
            yield return new HostileInput("two-documents", kind, "PR0011", s =>
            {
                Text(s, Prefix(kind) + "\"A\"" + Suffix(kind));
                Text(s, "---\n");
                Text(s, Prefix(kind) + "\"B\"" + Suffix(kind));
            });

            // Within every size limit, but too many values, list items or mistakes to be worth reading on.
            var lists = kind == InputKind.RuleFile ? 60 : 25;
            yield return Value(kind, "too-many-values", "PR0010", s =>
            {
                Text(s, "[");
                for (var i = 0; i < lists; i++)
                {
                    Text(s, i == 0 ? "[" : ", [");
                    Repeat(s, "0,", 999);
                    Text(s, "0]");
                }

                Text(s, "]");
            });
            yield return Value(kind, "list-too-long", "PR0016", s =>
            {
                Text(s, "[");
                Repeat(s, "0,", ListLimit(kind));
                Text(s, "0]");
            });
            yield return new HostileInput("too-many-errors", kind, "PR0015", s =>
            {
                switch (kind)
                {
                    case InputKind.RuleFile:
                        Text(s, "rules:\n");
                        Repeat(s, "  - {}\n", 2_000);
                        break;
                    case InputKind.CaseYaml:
                        Text(s, "partnership:\n  partners:\n");
                        Repeat(s, "    - {a: 1, b: 2}\n", 999);
                        break;
                    case InputKind.CaseJson:
                        Text(s, "{\"partnership\": {\"partners\": [");
                        Repeat(s, "{\"a\": 1, \"b\": 2}, ", 998);
                        Text(s, "{\"a\": 1, \"b\": 2}]}}\n");
                        break;
                    default:
                        Text(s, "severity:\n  categories:\n");
                        for (var i = 0; i < 1_500; i++)
                        {
                            Text(s, "    c" + i + ": error\n");
                        }

                        break;
                }
            });

            if (kind != InputKind.CaseJson)
            {
                yield return new HostileInput("tab-indentation", kind, "PR0014", s => Text(s, Prefix(kind).Replace("\n  ", "\n\t", StringComparison.Ordinal) + "A" + Suffix(kind)));
            }

            // An endless device: read up to the size limit plus one byte, then refused.
            if (File.Exists("/dev/zero"))
            {
                yield return new HostileInput("endless-device", kind, "PR0002", null, "/dev/zero");
            }

            var index = 0;
            foreach (var payload in Payloads)
            {
                index++;
                yield return Injection(kind, "injection-" + index, payload);
            }
        }
    }

    /// <summary>A payload where the file expects a name or a value from a closed list: never run, always refused.</summary>
    private static HostileInput Injection(InputKind kind, string name, string payload)
    {
        var single = "'" + payload.Replace("'", "''", StringComparison.Ordinal) + "'";
        var json = System.Text.Json.JsonSerializer.Serialize(payload);
        return kind switch
        {
            InputKind.RuleFile => new HostileInput(name, kind, "PRL007", s => Text(s, RuleText.Rule("PR9001", "fact: " + single + "\nis: known"))),
            InputKind.CaseYaml => new HostileInput(name, kind, "PRC005", s => Text(s, "partnership:\n  name: Test\n  level: " + single + "\n")),
            InputKind.CaseJson => new HostileInput(name, kind, "PRC002", s => Text(s, "{\"partnership\": {\"name\": \"Test\", " + json + ": true}}\n")),
            _ => new HostileInput(name, kind, "PRL005", s => Text(s, "severity:\n  rules:\n    PR3002: " + single + "\n")),
        };
    }

    /// <summary>A well-formed file of the kind with <paramref name="writeValue"/> in a value position.</summary>
    private static HostileInput Value(InputKind kind, string name, string expectedId, Action<Stream> writeValue) =>
        new(name, kind, expectedId, s =>
        {
            Text(s, Prefix(kind));
            writeValue(s);
            Text(s, Suffix(kind));
        });

    private static string Prefix(InputKind kind) => kind switch
    {
        InputKind.RuleFile => "rules:\n  - id: PR9001\n    title: ",
        InputKind.CaseYaml => "partnership:\n  name: ",
        InputKind.CaseJson => "{\"partnership\": {\"name\": ",
        _ => "severity:\n  rules:\n    PR3002: ",
    };

    private static string Suffix(InputKind kind) => kind == InputKind.CaseJson ? "}}\n" : "\n";

    private static void Text(Stream stream, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        stream.Write(bytes, 0, bytes.Length);
    }

    private static void Bytes(Stream stream, params byte[] bytes) => stream.Write(bytes, 0, bytes.Length);

    private static void Repeat(Stream stream, string unit, int count)
    {
        var chunk = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(unit, Math.Min(count, 64 * 1024))));
        var perChunk = Math.Min(count, 64 * 1024);
        for (var done = 0; done < count; done += perChunk)
        {
            var n = Math.Min(perChunk, count - done);
            stream.Write(chunk, 0, n * (chunk.Length / perChunk));
        }
    }
}
