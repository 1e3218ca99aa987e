using System.Runtime.InteropServices;
using System.Text;

namespace DutyGraph.Graph.Sqlite;

/// <summary>
/// Binds values to a prepared statement by calling SQLite's C functions directly (the same
/// e_sqlite3 library that Microsoft.Data.Sqlite loads). A bulk load binds ten million values;
/// through SQLitePCLRaw's safe-handle layer each bind costs several times the work it does.
/// Text is encoded into one reused buffer and copied by SQLite (SQLITE_TRANSIENT).
/// </summary>
internal static unsafe partial class NativeBind
{
    private const string Library = "e_sqlite3";
    private static readonly IntPtr Transient = new(-1);

    [LibraryImport(Library)]
    private static partial int sqlite3_bind_text(IntPtr statement, int index, byte* text, int length, IntPtr destructor);

    [LibraryImport(Library)]
    private static partial int sqlite3_bind_int64(IntPtr statement, int index, long value);

    [LibraryImport(Library)]
    private static partial int sqlite3_bind_null(IntPtr statement, int index);

    public static int Int64(IntPtr statement, int index, long value) => sqlite3_bind_int64(statement, index, value);

    public static int Null(IntPtr statement, int index) => sqlite3_bind_null(statement, index);

    public static int Text(IntPtr statement, int index, string text, ref byte[] buffer)
    {
        var needed = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (needed > buffer.Length)
        {
            buffer = new byte[Math.Max(needed, buffer.Length * 2)];
        }
        var length = Encoding.UTF8.GetBytes(text, buffer);
        fixed (byte* p = buffer)
        {
            return sqlite3_bind_text(statement, index, p, length, Transient);
        }
    }
}
