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
    public static Command Create(TextWriter output, TextWriter error, RunDeadline deadline)
    {
        var partners = ValueOptions.Count("--partners", "Partner entries in the template, from 1 to 200 (default 2).", 1, 200, 2);
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
            }, deadline);
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
                }, deadline);
            }

            output.WriteLine($"Wrote {path}" + (File.Exists(schema) ? $" and {schema}" : string.Empty) + ". Fill it in, then: partnership-rules check " + path);
            return exit;
        });
        return command;
    }
}
