namespace Frontline.Reports;

/// <summary>Writes a file through a temporary sibling and moves it into place, so a failure leaves no partial file.</summary>
public static class AtomicFile
{
    /// <summary>Checks that <paramref name="path"/> can be written: its folder exists and is writable. Throws <see cref="IOException"/> naming it.</summary>
    public static string Check(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new IOException("--out: no file given");
        }
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new IOException($"{path}: is a folder, not a file");
        }
        var dir = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(dir))
        {
            throw new IOException($"{path}: folder {dir} does not exist");
        }
        return full;
    }

    /// <summary>Runs <paramref name="write"/> on a temporary file beside <paramref name="path"/>, then renames it over <paramref name="path"/>.</summary>
    /// <remarks>The temporary file is deleted whatever happens; the target is replaced only after <paramref name="write"/> returns.</remarks>
    public static async Task WriteAsync(string path, Func<string, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var full = Check(path);
        // Same folder, so the final move is a rename on one file system, never a copy.
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            await write(temp, cancellationToken).ConfigureAwait(false);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
            // SQLite may leave a journal beside a GeoPackage that failed half-way.
            foreach (var extra in new[] { temp + "-journal", temp + "-wal", temp + "-shm" })
            {
                if (File.Exists(extra))
                {
                    File.Delete(extra);
                }
            }
        }
    }

    /// <summary>Like <see cref="WriteAsync(string, Func{string, CancellationToken, Task}, CancellationToken)"/> with a stream on the temporary file.</summary>
    public static Task WriteStreamAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken) =>
        WriteAsync(path, async (temp, ct) =>
        {
            var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                await write(stream, ct).ConfigureAwait(false);
                await stream.FlushAsync(ct).ConfigureAwait(false);
            }
        }, cancellationToken);
}
