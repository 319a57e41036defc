namespace StrategyBot.Testing;

/// <summary>
/// The console of an end-to-end child process (the bot, the Playground) written line by line to a file under
/// artifacts/, with the last lines kept in memory for failure messages.
/// </summary>
public sealed class BotProcessLog : IDisposable
{
    private const int TailLines = 40;

    private readonly StreamWriter _writer;
    private readonly Queue<string> _tail = new();
    private readonly Lock _gate = new();

    /// <summary>Opens (appends to) <paramref name="path"/>.</summary>
    public BotProcessLog(string path)
    {
        Path = path;
        _writer = new StreamWriter(path, append: true) { AutoFlush = true };
    }

    /// <summary>The log file.</summary>
    public string Path { get; }

    /// <summary>Appends one line.</summary>
    public void Write(string line)
    {
        lock (_gate)
        {
            _writer.WriteLine(line);
            _tail.Enqueue(line);
            if (_tail.Count > TailLines)
            {
                _tail.Dequeue();
            }
        }
    }

    /// <summary>The last lines written, for an exception message.</summary>
    public string Tail()
    {
        lock (_gate)
        {
            return $"Last lines of {Path}:{Environment.NewLine}{string.Join(Environment.NewLine, _tail)}";
        }
    }

    /// <summary>The last lines of another log file (one the child writes itself), or a note that there is none.</summary>
    public static string TailOf(string path)
    {
        if (!File.Exists(path))
        {
            return $"{path} does not exist.";
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        var lines = reader.ReadToEnd().Split('\n');
        return $"Last lines of {path}:{Environment.NewLine}{string.Join(Environment.NewLine, lines.TakeLast(TailLines))}";
    }

    /// <summary>Closes the file.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _writer.Dispose();
        }
    }
}
