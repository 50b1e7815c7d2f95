using Xunit;

namespace Mnemo.Sqlite.Tests;

/// <summary>Memories and key hashes are private to the user who owns the store (issue 13, 3.7).</summary>
public sealed partial class SqliteMemoryStoreTests
{
    [Fact]
    public async Task Initialize_NewFolderAndFile_FolderIs0700AndFilesAre0600()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var path = NewPath();
        var store = Open(path);
        await store.InitializeAsync(Model, Ct);
        await PutAsync(store, Memory("something private"));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(path)!));
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            Assert.True(File.Exists(file), $"{file} should exist while the store is open");
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public async Task ApiKeyStore_NewFolder_FolderIs0700AndFileIs0600()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var path = NewPath();
        var keys = SqliteApiKeyStoreFactory.Create(path);
        await keys.CreateAsync("acme", cancellationToken: Ct);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(path)!));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }
}
