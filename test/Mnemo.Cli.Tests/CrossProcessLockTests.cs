namespace Mnemo.Cli.Tests;

/// <summary>
/// Two processes writing one SQLite file serialise their scope writes (the store's file locks): a real <c>mnemo add</c>
/// waits while this process holds the file's write locks, and completes once they are released.
/// </summary>
public sealed class CrossProcessLockTests : IDisposable
{
    private readonly string _home = Directory.CreateTempSubdirectory("mnemo-cli-locks-").FullName;

    public void Dispose() => Directory.Delete(_home, recursive: true);

    [Fact]
    public async Task Add_WhileAnotherProcessHoldsTheWriteLocks_WaitsThenCompletes()
    {
        var ct = TestContext.Current.CancellationToken;

        // The first add creates the file (and loads nothing of ours); it also shows how long an unblocked add takes here.
        var warm = await MnemoProcess.RunAsync(_home, "add", "I live in Lyon", "--user", "alice", "--infer", "false");
        Assert.True(warm.ExitCode == 0, warm.ToString());

        var store = SqliteMemoryStoreFactory.Create(new SqliteStoreOptions { Path = Path.Combine(_home, "mnemo.db") });
        await using var _ = (IAsyncDisposable)store;
        var locks = Assert.IsAssignableFrom<IScopeWriteLock>(store.GetService(typeof(IScopeWriteLock)));
        var held = await locks.AcquireAsync(EveryKeyOnce(), ct);
        var released = false;
        try
        {
            using var add = MnemoProcess.Start(_home, "add", "I work in Geneva", "--user", "alice", "--infer", "false");
            add.StandardInput.Close();
            var output = add.StandardOutput.ReadToEndAsync(ct);
            var error = add.StandardError.ReadToEndAsync(ct);

            // An unblocked add took well under this (the warm-up above); blocked, it must still be running.
            await Task.WhenAny(add.WaitForExitAsync(ct), Task.Delay(TimeSpan.FromSeconds(20), ct));
            // (The message must not await the output: a blocked child never closes it.)
            Assert.False(add.HasExited, "the add finished while another process held the write locks");

            held.Dispose();
            released = true;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(90));
            await add.WaitForExitAsync(timeout.Token);
            Assert.True(add.ExitCode == 0, $"exit {add.ExitCode}: {await output} {await error}");
        }
        finally
        {
            if (!released)
            {
                held.Dispose();
            }
        }

        var list = await MnemoProcess.RunAsync(_home, "list", "--user", "alice");
        Assert.Contains("Geneva", list.Out, StringComparison.Ordinal);
    }

    // Keys that cover every slot of the store's lock files (256 hash slots; 4,096 distinct keys miss none), exclusively:
    // whatever keys an add takes, it must wait.
    private static List<ScopeLockKey> EveryKeyOnce()
    {
        var keys = new List<ScopeLockKey>();
        for (var i = 0; keys.Count < 4096; i++)
        {
            keys.Add(new ScopeLockKey("probe-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), true));
        }

        return keys;
    }
}
