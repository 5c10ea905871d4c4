package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"kefu/compliance"
)

// cmdLint checks outgoing message text against a marketplace's messaging
// rules, the same check the composer and the outbox run. It needs no
// server and no database, so it fits in scripts and CI for canned replies.
//
//	kefu lint --platform amazon < reply.txt   findings, one per line; exit 1 if any blocks
//	kefu lint --jsonl < replies.jsonl         {"id","platform","text"} in, one result per line out
func cmdLint(c *cli, args []string) error {
	cmd := newCommand(c, "lint", "Check outgoing message text against a marketplace's messaging rules. "+
		"Reads the message on standard input and prints one finding per line: kind, byte offsets, blocking or warning, "+
		"the excerpt and the reason; exits 1 when a finding blocks sending on the platform. "+
		"With --jsonl, reads one {\"id\",\"platform\",\"text\"} object per line and writes one "+
		"{\"id\",\"violations\",\"blocked\"} object per line, exiting 0 once every line is checked. "+
		"Offsets are bytes of the UTF-8 text. Needs no server or database.")
	var (
		platform string
		jsonl    bool
	)
	cmd.str(&platform, "platform", "", "", "where the message is sent: "+platformNames()+" (required without --jsonl; with it, the default for lines that name none)")
	cmd.boolean(&jsonl, "jsonl", "", "read JSON lines {\"id\",\"platform\",\"text\"} and write one result per line")
	if err := cmd.parse(args, c.stderr); err != nil {
		return err
	}
	var def compliance.Platform
	if platform != "" {
		p, err := compliance.ParsePlatform(platform)
		if err != nil {
			return usagef("lint: --platform: %v", err)
		}
		def = p
	}
	if jsonl {
		return lintLines(c, def)
	}
	if def == "" {
		return usagef("lint: --platform is required (one of %s; see kefu lint -h)", platformNames())
	}
	text, err := io.ReadAll(c.stdin)
	if err != nil {
		return fmt.Errorf("lint: reading standard input: %w", err)
	}
	r := compliance.Check(def, string(text))
	w := bufio.NewWriter(c.stdout)
	blocking := 0
	for _, v := range r.Violations {
		state := "warning"
		if v.Blocking {
			state = "blocking"
			blocking++
		}
		fmt.Fprintf(w, "%s\t%d-%d\t%s\t%s\t%s\n", v.Kind, v.Start, v.End, state, strconv.Quote(v.Excerpt), v.Rule)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if blocking > 0 {
		return fmt.Errorf("lint: %d blocking finding(s) for %s", blocking, def)
	}
	return nil
}

// lintInput is one line of kefu lint --jsonl.
type lintInput struct {
	ID       json.RawMessage `json:"id"`
	Platform string          `json:"platform"`
	Text     *string         `json:"text"`
}

type lintViolation struct {
	Kind    compliance.Kind `json:"kind"`
	Start   int             `json:"start"`
	End     int             `json:"end"`
	Excerpt string          `json:"excerpt"`
}

// lintLines checks one JSON object per input line. Blank lines are
// skipped. One bad line does not cost the rest of a batch: a line that is
// not a JSON object with a "text" is reported on stderr and skipped (the
// run then exits 1), and a line naming no platform or an unknown one is
// checked as "other", with a warning.
func lintLines(c *cli, def compliance.Platform) error {
	in := bufio.NewReaderSize(c.stdin, 64<<10)
	out := bufio.NewWriter(c.stdout)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	bad := 0
	for n := 1; ; n++ {
		line, err := in.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			if lerr := lintLine(c, out, enc, &buf, line, n, def); lerr != nil {
				fmt.Fprintf(c.stderr, "kefu: %s\n", oneLine(lerr.Error()))
				bad++
			}
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			out.Flush()
			return fmt.Errorf("lint: reading standard input: %w", err)
		}
	}
	if err := out.Flush(); err != nil {
		return err
	}
	if bad > 0 {
		return fmt.Errorf("lint: %d line(s) skipped", bad)
	}
	return nil
}

// lintLine writes the result for one input line: the id echoed byte for
// byte, the violations ([] when clean, never null) and whether any of them
// blocks sending.
func lintLine(c *cli, out *bufio.Writer, enc *json.Encoder, buf *bytes.Buffer, line []byte, n int, def compliance.Platform) error {
	var in lintInput
	if err := json.Unmarshal(line, &in); err != nil {
		return fmt.Errorf("lint: line %d: not a JSON object: %v", n, err)
	}
	if in.Text == nil {
		return fmt.Errorf("lint: line %d: no \"text\"", n)
	}
	p := def
	if in.Platform != "" {
		var err error
		if p, err = compliance.ParsePlatform(in.Platform); err != nil {
			fmt.Fprintf(c.stderr, "kefu: lint: line %d: %s; checked as other\n", n, oneLine(err.Error()))
			p = compliance.PlatformOther
		}
	}
	if p == "" {
		fmt.Fprintf(c.stderr, "kefu: lint: line %d: no \"platform\" and no --platform; checked as other\n", n)
		p = compliance.PlatformOther
	}
	r := compliance.Check(p, *in.Text)
	vs := make([]lintViolation, len(r.Violations))
	for i, v := range r.Violations {
		vs[i] = lintViolation{Kind: v.Kind, Start: v.Start, End: v.End, Excerpt: v.Excerpt}
	}
	buf.Reset()
	if err := enc.Encode(vs); err != nil {
		return err
	}
	id := []byte(in.ID)
	if len(id) == 0 {
		id = []byte("null")
	}
	out.WriteString(`{"id":`)
	out.Write(id)
	out.WriteString(`,"violations":`)
	out.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
	out.WriteString(`,"blocked":`)
	out.WriteString(strconv.FormatBool(r.Blocked))
	_, err := out.WriteString("}\n")
	return err
}

func platformNames() string {
	names := make([]string, len(compliance.Platforms))
	for i, p := range compliance.Platforms {
		names[i] = string(p)
	}
	return strings.Join(names, ", ")
}
