using System.Diagnostics;

namespace DutyGraph.Tests.Browser;

/// <summary>
/// Debian's Chromium for the browser tests: <c>DUTYGRAPH_CHROMIUM</c> if set, else
/// <c>/usr/bin/chromium</c>, installed with apt (as root, or with sudo that asks no password)
/// the first time the tests run on a machine without it, with Debian's CJK fonts so that the
/// screenshots show Chinese: the test command needs nothing else.
/// </summary>
public static class Chromium
{
    private const string Debian = "/usr/bin/chromium";
    private const string ChineseFont = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
    private static readonly Lazy<string> Found = new(Locate);

    public static string ExecutablePath => Found.Value;

    private static string Locate()
    {
        if (Environment.GetEnvironmentVariable("DUTYGRAPH_CHROMIUM") is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured
                : throw new InvalidOperationException($"DUTYGRAPH_CHROMIUM names {configured}, which does not exist");
        }
        var missing = new[] { (Debian, "chromium"), (ChineseFont, "fonts-noto-cjk") }.Where(p => !File.Exists(p.Item1)).Select(p => p.Item2).ToList();
        if (missing.Count > 0)
        {
            var log = new List<string>();
            var installed = Apt(log, "update") && Apt(log, "install -y --no-install-recommends " + string.Join(' ', missing));
            if (!installed || !File.Exists(Debian))
            {
                throw new InvalidOperationException(
                    "The browser tests need Debian's Chromium and could not install it: run `apt-get install chromium` as root, or set DUTYGRAPH_CHROMIUM " +
                    "to a Chromium executable.\n" + string.Join('\n', log.TakeLast(20)));
            }
        }
        return Debian;
    }

    private static bool Apt(List<string> log, string arguments)
    {
        var root = Environment.UserName == "root";
        var start = new ProcessStartInfo(root ? "apt-get" : "sudo", root ? arguments : "-n apt-get " + arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        try
        {
            using var process = Process.Start(start)!;
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.Add(e.Data); } } };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.Add(e.Data); } } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            log.Add(e.Message);
            return false;
        }
    }
}
