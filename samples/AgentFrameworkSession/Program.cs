// Microsoft Agent Framework with Mnemo: a ChatClientAgent whose MnemoContextProvider searches long-term memory before
// each run and records after, plus the session's working memory (a scratchpad the app and the model write), consolidated
// into long-term memory when the session ends.
//
// Offline by default (a scripted model prints what it received); MNEMO_LLM_* selects a real model.
using System.Collections;
using AgentFrameworkSession;
using Microsoft.Agents.AI;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Mnemo;

var llm = LlmSettings.FromEnvironment(Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
    .Where(e => ((string)e.Key).StartsWith("MNEMO_LLM_", StringComparison.Ordinal))
    .ToDictionary(e => (string)e.Key, e => (string?)e.Value));
Console.WriteLine(llm is null ? "No MNEMO_LLM_* set: a scripted model prints what it receives." : $"Using the {llm.Provider} model {llm.EffectiveModel}.");

var folder = Directory.CreateTempSubdirectory("mnemo-sample-").FullName;
var services = new ServiceCollection();
var mnemo = services.AddMnemo().WithSqliteStore(Path.Combine(folder, "memory.db")).WithOnnxEmbeddings();
if (llm is not null)
{
    mnemo.WithOpenAIChat(llm);
}

await using var provider = services.BuildServiceProvider();
var memory = provider.GetRequiredService<IMemory>();
var ingestion = provider.GetRequiredService<IMemoryIngestion>();
var store = (IWorkingMemoryStore)provider.GetRequiredService<IMemoryStore>();
var model = provider.GetService<IChatClient>() ?? new ScriptedModel();
var alice = MemoryScope.User("alice");

// The agent: long-term memory through the context provider.
AIAgent agent = new ChatClientAgent(model, new ChatClientAgentOptions
{
    Name = "assistant",
    ChatOptions = new ChatOptions { Instructions = "You are Alice's work assistant." },
    AIContextProviders = [new MnemoContextProvider(memory, alice, new MnemoAgentOptions { Ingestion = ingestion })],
});

// An earlier session: the preference is recorded after the run (queued; a host's worker drains the queue).
var earlier = await agent.CreateSessionAsync();
Console.WriteLine("\n== Earlier session ==\nalice> I hate PDFs. Please always give me documents in Markdown.");
Console.WriteLine($"assistant> {await agent.RunAsync("I hate PDFs. Please always give me documents in Markdown.", earlier)}");
await ingestion.ProcessPendingAsync();

// Today's session, with working memory: the app notes the deadline; the model could too (working.CreateTools()).
var session = await agent.CreateSessionAsync();
var working = new WorkingMemory(memory, store, alice with { RunId = "session-" + Guid.NewGuid().ToString("N") });
await working.SetAsync("deadline", "Friday 17:00");
Console.WriteLine("\n== Today's session ==\nalice> Prepare this week's project summary document for me.");
var response = await agent.RunAsync(
    "Prepare this week's project summary document for me.",
    session,
    new ChatClientAgentRunOptions(new ChatOptions { Tools = working.CreateTools() }));
Console.WriteLine($"assistant> {response}");
await working.AppendAsync([new ChatMessage(ChatRole.User, "Prepare this week's project summary document for me."), .. response.Messages]);
Console.WriteLine($"working memory: deadline = {await working.GetAsync("deadline")}");

// The session ends: its working memory goes through formation into long-term memory, then is erased.
await working.EndAsync(ingestion);
await ingestion.ProcessPendingAsync();
var remembered = await memory.ListAsync(new ListOptions { Scope = alice });
Console.WriteLine($"\nAfter the session, Mnemo remembers {remembered.TotalCount} facts about alice:");
foreach (var item in remembered.Items)
{
    Console.WriteLine($"  - {item.Text}");
}

Directory.Delete(folder, recursive: true);
