using System.Text;

namespace Berau.Disiplin.Personnel.Employees;

/// <summary>One CSV record and the line it starts on (1-based); <see cref="Error"/> when it cannot be read.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, string? Error = null);

/// <summary>
/// An incremental RFC 4180 reader: fed the CSV in pieces of any size (a record, a quoted field or a CRLF may be cut
/// between two pieces), it yields each complete record with its line number. Quoted fields may hold commas
/// (<c>"Budi Santoso, S.Kom."</c>), doubled quotes and line breaks; blank lines are skipped.
/// </summary>
public sealed class CsvReader
{
    private readonly List<string> _fields = [];
    private readonly StringBuilder _field = new();
    private int _line = 1;
    private int _recordLine = 1;
    private bool _inQuotes;
    private bool _quoteInQuotes;
    private bool _afterCarriageReturn;
    private bool _fieldQuoted;

    public IEnumerable<CsvRecord> Read(string chunk)
    {
        var records = new List<CsvRecord>();
        foreach (var c in chunk)
        {
            if (_afterCarriageReturn)
            {
                _afterCarriageReturn = false;
                if (c == '\n') continue;
            }
            if (_quoteInQuotes)
            {
                _quoteInQuotes = false;
                if (c == '"')
                {
                    _field.Append('"');
                    continue;
                }
                _inQuotes = false;
            }
            if (_inQuotes)
            {
                if (c == '"') _quoteInQuotes = true;
                else
                {
                    if (c == '\n') _line++;
                    _field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case ',':
                    EndField();
                    break;
                case '\r':
                    _afterCarriageReturn = true;
                    EndRecord(records);
                    break;
                case '\n':
                    EndRecord(records);
                    break;
                case '"' when _field.Length == 0 && !_fieldQuoted:
                    _inQuotes = true;
                    _fieldQuoted = true;
                    break;
                default:
                    _field.Append(c);
                    break;
            }
        }
        return records;
    }

    /// <summary>The last record when the input does not end with a line break.</summary>
    public IEnumerable<CsvRecord> Complete()
    {
        if (_quoteInQuotes) _inQuotes = false;
        if (_inQuotes)
        {
            _inQuotes = false;
            _field.Clear();
            _fields.Clear();
            return [new CsvRecord(_recordLine, [], "a quoted field is not closed before the end of the file")];
        }
        var records = new List<CsvRecord>();
        if (_field.Length > 0 || _fields.Count > 0 || _fieldQuoted) EndRecord(records);
        return records;
    }

    private void EndField()
    {
        _fields.Add(_field.ToString());
        _field.Clear();
        _fieldQuoted = false;
    }

    private void EndRecord(List<CsvRecord> records)
    {
        var blank = _fields.Count == 0 && _field.Length == 0 && !_fieldQuoted;
        EndField();
        if (!blank) records.Add(new CsvRecord(_recordLine, _fields.ToArray()));
        _fields.Clear();
        _line++;
        _recordLine = _line;
    }
}
