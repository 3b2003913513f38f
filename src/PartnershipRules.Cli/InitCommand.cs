using System.CommandLine;
using System.IO;
using PartnershipRules.Reporting.Schemas;

namespace PartnershipRules.Cli;

/// <summary>
/// <c>partnership-rules init [--partners N] [--output FILE]</c>: writes a case file to fill in, every fact commented
/// with its question and allowed values, and the case schema beside it for editors. Never overwrites a file.
/// </summary>
internal static class InitCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var partners = new Option<int>("--partners") { Description = "Partner entries in the template (default 2).", DefaultValueFactory = _ => 2 };
        partners.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 200)
            {
                result.AddError("--partners needs a number from 1 to 200.");
            }
        });
        var file = new Option<string>("--output") { Description = "The case file to write (default case.yaml); it must not exist yet.", DefaultValueFactory = _ => "case.yaml" };
        file.Aliases.Add("-o");
        var command = new Command("init", "Writes a case file to fill in: every fact commented with its question and allowed values, grouped by record, and the case schema beside it for editors.");
        command.Options.Add(partners);
        command.Options.Add(file);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var schema = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, CaseTemplate.SchemaFileName);
            if (File.Exists(path) || Directory.Exists(path))
            {
                error.WriteLine($"error: '{path}' exists already; init never overwrites a file. Choose another name with --output.");
                return ExitCodes.InvalidInput;
            }

            var exit = OutputFile.Write(path, error, "case template", writer =>
            {
                writer.Write(CaseTemplate.Generate(parse.GetValue(partners)));
                return ExitCodes.Success;
            });
            if (exit != ExitCodes.Success)
            {
                return exit;
            }

            // The schema is the tool's own: written when missing, left alone when present (it may be newer or edited).
            if (!File.Exists(schema))
            {
                exit = OutputFile.Write(schema, error, "case schema", writer =>
                {
                    writer.Write(CaseTemplate.JsonSchema());
                    return ExitCodes.Success;
                });
            }

            output.WriteLine($"Wrote {path}" + (File.Exists(schema) ? $" and {schema}" : string.Empty) + ". Fill it in, then: partnership-rules check " + path);
            return exit;
        });
        return command;
    }
}
