using System;
using System.Linq;
using Microsoft.Net.Http.Headers;

namespace PartnershipRules.Samples.CaseManagement;

/// <summary>Which request content types the check endpoint reads: the case reader's formats, in UTF-8.</summary>
internal static class CaseMediaType
{
    /// <summary>JSON, and the YAML types in use (the case reader reads both).</summary>
    public static readonly string[] Accepted = ["application/json", "application/yaml", "application/x-yaml", "text/yaml"];

    /// <summary>Whether a request's Content-Type is one the endpoint reads, and if so whether it is YAML.</summary>
    /// <param name="contentType">The header as sent; null when there is none.</param>
    /// <param name="isYaml">Whether the body is declared as YAML (it names the document in diagnostics).</param>
    /// <returns>True for an accepted type with no charset or UTF-8.</returns>
    public static bool TryAccept(string? contentType, out bool isYaml)
    {
        isYaml = false;
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed) || parsed.MediaType.Value is not { } mediaType
            || !Accepted.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        // The reader decodes UTF-8 strictly; a body declared in another charset would be refused or misread later, so
        // it is refused here, where the answer can say why.
        var charset = HeaderUtilities.RemoveQuotes(parsed.Charset);
        if (charset.HasValue && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        isYaml = !mediaType.Equals(Accepted[0], StringComparison.OrdinalIgnoreCase);
        return true;
    }
}
