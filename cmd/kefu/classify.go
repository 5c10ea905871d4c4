package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"kefu/classify"
)

// cmdClassify gives buyer messages an intent and a language with the model
// built into the binary. It needs no server and no database, so it fits in
// scripts, backfills and evaluations:
//
//	kefu classify < messages.jsonl > results.jsonl
//
// Each input line is {"id": …, "text": …, "platform": …} (other fields are
// ignored; id may be any JSON value and is echoed as it came); each output
// line is {"id": …, "intent": …, "language": …, "confidence": …}. A line
// that cannot be classified gets {"id": …, "error": …} instead — with
// "line" in place of "id" when the id is unknown — and the run goes on:
// one bad record must not lose the other million. The exit code is 0
// unless standard input or output fails.
func cmdClassify(c *cli, args []string) error {
	cmd := newCommand(c, "classify", "Classify buyer messages: read JSON lines {\"id\",\"text\",\"platform\"} "+
		"on standard input and write one {\"id\",\"intent\",\"language\",\"confidence\"} line per input line. "+
		"A malformed line gets an {\"id\" or \"line\",\"error\"} line and the run continues. "+
		"Lines may be up to 1 MiB. Needs no server or database: the model is built into kefu.")
	var scores bool
	cmd.boolean(&scores, "scores", "", "also write the three likeliest intents with their confidence")
	if err := cmd.parse(args, c.stderr); err != nil {
		return err
	}
	return classifyLines(c, classify.Default(), scores)
}

// maxClassifyLine is the longest input line kefu classify accepts: a
// relayed email with its quoted history fits many times over.
const maxClassifyLine = 1 << 20

// errLineTooLong marks an input line over maxClassifyLine; the rest of it
// is skipped.
var errLineTooLong = errors.New("line longer than 1 MiB")

// classifyInput is one input line. Text is raw so that a text that is not
// a string is reported against the line's id rather than losing the id.
type classifyInput struct {
	ID   json.RawMessage `json:"id"`
	Text json.RawMessage `json:"text"`
}

// classifyOutput is one output line: a result or an error.
type classifyOutput struct {
	ID         json.RawMessage  `json:"id,omitempty"`
	Line       int              `json:"line,omitempty"`
	Intent     classify.Intent  `json:"intent,omitempty"`
	Language   string           `json:"language,omitempty"`
	Confidence *float64         `json:"confidence,omitempty"`
	Scores     []classify.Score `json:"scores,omitempty"`
	Error      string           `json:"error,omitempty"`
}

func classifyLines(c *cli, m *classify.Model, scores bool) error {
	in := bufio.NewReaderSize(c.stdin, 64<<10)
	out := bufio.NewWriterSize(c.stdout, 64<<10)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // "<" in a buyer's text stays "<"
	for n := 1; ; n++ {
		if err := c.ctx.Err(); err != nil {
			out.Flush()
			return err
		}
		// Flush before a read that may block, so that a caller feeding
		// lines one by one through a pipe sees each answer at once.
		if in.Buffered() == 0 {
			if err := out.Flush(); err != nil {
				return err
			}
		}
		line, err := readLine(in, maxClassifyLine)
		var o classifyOutput
		switch {
		case errors.Is(err, errLineTooLong):
			o = classifyOutput{Line: n, Error: err.Error()}
		case len(bytes.TrimSpace(line)) == 0:
			// A blank line (or the end of input) has nothing to answer.
		default:
			o = classifyLine(m, line, n, scores)
		}
		if o.Line != 0 || o.ID != nil {
			buf.Reset()
			if eerr := enc.Encode(o); eerr != nil {
				return eerr
			}
			if _, werr := out.Write(buf.Bytes()); werr != nil {
				return werr
			}
		}
		switch {
		case errors.Is(err, io.EOF):
			return out.Flush()
		case err != nil && !errors.Is(err, errLineTooLong):
			out.Flush()
			return fmt.Errorf("classify: reading standard input: %w", err)
		}
	}
}

// classifyLine classifies one input line or says why it cannot.
func classifyLine(m *classify.Model, line []byte, n int, scores bool) classifyOutput {
	var in classifyInput
	if err := json.Unmarshal(line, &in); err != nil {
		return classifyOutput{Line: n, Error: "not a JSON object: " + err.Error()}
	}
	o := classifyOutput{ID: in.ID}
	if len(in.ID) == 0 || string(in.ID) == "null" {
		o.ID, o.Line = nil, n // no id to echo: name the line instead
	}
	var text string
	switch {
	case len(in.Text) == 0 || string(in.Text) == "null":
		o.Error = `no "text"`
		return o
	case json.Unmarshal(in.Text, &text) != nil:
		o.Error = `"text" must be a string`
		return o
	}
	r := m.Classify(text)
	o.Intent, o.Language, o.Confidence = r.Intent, r.Language, &r.Confidence
	if scores {
		o.Scores = r.Scores
	}
	return o
}

// readLine reads one line without its newline. A line longer than max is
// read to its end but dropped, with errLineTooLong; io.EOF comes with the
// last line when the input does not end in a newline.
func readLine(r *bufio.Reader, max int) ([]byte, error) {
	var line []byte
	tooLong := false
	for {
		chunk, err := r.ReadSlice('\n')
		if !tooLong {
			if len(line)+len(chunk) > max+2 { // room for "\r\n"
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if tooLong {
			return nil, errors.Join(errLineTooLong, err) // err is nil or io.EOF
		}
		return bytes.TrimRight(line, "\r\n"), err
	}
}
