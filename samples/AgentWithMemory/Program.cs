// Gives an IChatClient long-term memory with Mnemo: two earlier conversations are remembered, and a new session that asks
// for the week's project summary reaches the model with the user's format preference in its context.
//
// With no MNEMO_LLM_* variable set it runs offline: a scripted model prints what it received, and facts are extracted by
// Mnemo's rule-based extractor. With MNEMO_LLM_PROVIDER (and its key/model) set, the real model answers and extracts.
using System.Collections;
using AgentWithMemory;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Mnemo;

var llm = LlmSettings.FromEnvironment(Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
    .Where(e => ((string)e.Key).StartsWith("MNEMO_LLM_", StringComparison.Ordinal))
    .ToDictionary(e => (string)e.Key, e => (string?)e.Value));
Console.WriteLine(llm is null ? "No MNEMO_LLM_* set: a scripted model prints what it receives." : $"Using the {llm.Provider} model {llm.EffectiveModel}.");

// 1. The memory: an embedded SQLite file and the bundled ONNX embedding model (plus the LLM for extraction, if any).
var folder = Directory.CreateTempSubdirectory("mnemo-sample-").FullName;
var services = new ServiceCollection();
var mnemo = services.AddMnemo().WithSqliteStore(Path.Combine(folder, "memory.db")).WithOnnxEmbeddings();
if (llm is not null)
{
    mnemo.WithOpenAIChat(llm);
}

await using var provider = services.BuildServiceProvider();
var memory = provider.GetRequiredService<IMemory>();
var model = provider.GetService<IChatClient>() ?? new ScriptedModel();
var ingestion = provider.GetRequiredService<IMemoryIngestion>();
var alice = MemoryScope.User("alice");

// 2. The chat client with memory: searched before each call, the exchange queued for recording after.
using var chat = new ChatClientBuilder(model)
    .UseMnemo(memory, alice, new MnemoAgentOptions { Ingestion = ingestion })
    .Build();

async Task ConversationAsync(string title, params string[] userTurns)
{
    Console.WriteLine($"\n== {title} ==");
    List<ChatMessage> history = [new(ChatRole.System, "You are Alice's work assistant.")];
    foreach (var turn in userTurns)
    {
        Console.WriteLine($"alice> {turn}");
        history.Add(new ChatMessage(ChatRole.User, turn));
        var reply = await chat.GetResponseAsync(history);
        history.AddRange(reply.Messages);
        Console.WriteLine($"assistant> {reply.Text}");
    }

    // A host runs this in the background (WithBackgroundIngestion); a console sample drains the queue itself.
    await ingestion.ProcessPendingAsync();
}

// 3. Two earlier conversations, then a new session.
await ConversationAsync(
    "Monday: small talk",
    "My cat Pixel knocked my coffee over this morning.",
    "Being a senior architect means a full day of design reviews, so I needed that coffee.");
await ConversationAsync(
    "Wednesday: a complaint",
    "I hate PDFs. Please always give me documents in Markdown.");

var remembered = await memory.ListAsync(new ListOptions { Scope = alice });
Console.WriteLine($"\nMnemo remembers {remembered.TotalCount} facts about alice:");
foreach (var item in remembered.Items)
{
    Console.WriteLine($"  - {item.Text}");
}

await ConversationAsync("Friday: a new session", "Prepare this week's project summary document for me.");

Directory.Delete(folder, recursive: true);
