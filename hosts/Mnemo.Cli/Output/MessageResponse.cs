using System.Text.Json.Nodes;

namespace Mnemo.Cli.Output;

/// <summary>Mem0's plain answers (<c>{"message": "..."}</c>) in JSON mode, the message as a line otherwise.</summary>
internal static class MessageResponse
{
    public static void Write(CliOutput output, string message, string? countName = null, int count = 0)
    {
        if (output.Json)
        {
            var json = new JsonObject { ["message"] = message };
            if (countName is not null)
            {
                json[countName] = count;
            }

            output.WriteJson(json);
        }
        else
        {
            output.WriteLine(message);
        }
    }
}
