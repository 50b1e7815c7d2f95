namespace Mnemo;

/// <summary>
/// Creates the store's folder (0700) and database file (0600) so that other local users cannot read memories or key
/// hashes. SQLite gives the -wal and -shm files the permissions of the database file. Existing folders and files keep
/// the permissions their owner gave them.
/// </summary>
internal static class PrivateFiles
{
    private const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the folder of <paramref name="databasePath"/> and the (empty) database file when they are missing.</summary>
    public static void EnsureDatabaseFile(string databasePath)
    {
        var fullPath = Path.GetFullPath(databasePath);
        var directory = Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(directory))
        {
            EnsureFolder(directory);
        }

        if (OperatingSystem.IsWindows() || File.Exists(fullPath))
        {
            return;
        }

        try
        {
            // An empty file is an empty SQLite database; creating it here is what sets its mode.
            using var created = new FileStream(fullPath, new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = FileMode });
        }
        catch (IOException) when (File.Exists(fullPath))
        {
            // Another process created it first: keep its file.
        }
    }

    /// <summary>Creates <paramref name="folder"/> (0700) when it is missing.</summary>
    public static void EnsureFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, FolderMode);
        }
    }

    /// <summary>
    /// Opens (creating it 0600 when missing) the empty lock file <paramref name="path"/> with <paramref name="share"/>,
    /// which is what takes .NET's file lock on it; throws <see cref="IOException"/> while a conflicting holder has it.
    /// </summary>
    public static FileStream OpenLockFile(string path, FileShare share)
    {
        var options = new FileStreamOptions { Mode = System.IO.FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = share, BufferSize = 0 };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FileMode;
        }

        return new FileStream(path, options);
    }
}
