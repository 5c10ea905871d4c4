package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// kefu classify answers every input line in order: ids echoed exactly as
// they came (string or number), malformed lines reported with their id or
// line number without stopping the run, blank lines skipped, exit 0.
func TestClassifyCommandAnswersEveryLine(t *testing.T) {
	in := strings.Join([]string{
		`{"id": "msg-1", "text": "Where is my order? Tracking hasn't moved in a week.", "platform": "amazon", "subject": "ignored"}`,
		`{"id": 42, "text": "我没收到货，物流显示已签收，我要退款", "platform": "shopee"}`,
		``,
		`{"id": 1.50, "text": "Refund me or I will call my bank."}`,
		`not json at all`,
		`{"id": "msg-5", "platform": "ebay"}`,
		`{"id": "msg-6", "text": 12}`,
		`{"text": "Bisa kirim ke Medan?"}`,
		`{"id": {"store": "uk", "n": 7}, "text": "Wrong colour sent <b>"}`,
	}, "\n")
	code, stdout, stderr := kefuCLI(t, nil, in, "classify")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	want := []struct {
		id, intent, language, err string
		line                      int
	}{
		{id: `"msg-1"`, intent: "order_status", language: "en"},
		{id: `42`, intent: "not_received", language: "zh"},
		{id: `1.50`, intent: "chargeback_threat", language: "en"},
		{line: 5, err: "not a JSON object"},
		{id: `"msg-5"`, err: `no "text"`},
		{id: `"msg-6"`, err: `"text" must be a string`},
		{line: 8, intent: "presale_question", language: "id"},
		{id: `{"store":"uk","n":7}`, intent: "not_as_described", language: "en"},
	}
	if len(lines) != len(want) {
		t.Fatalf("%d output lines, want %d:\n%s", len(lines), len(want), stdout)
	}
	for i, w := range want {
		var got struct {
			ID         json.RawMessage `json:"id"`
			Line       int             `json:"line"`
			Intent     string          `json:"intent"`
			Language   string          `json:"language"`
			Confidence *float64        `json:"confidence"`
			Error      string          `json:"error"`
		}
		if err := json.Unmarshal([]byte(lines[i]), &got); err != nil {
			t.Fatalf("line %d %q: %v", i+1, lines[i], err)
		}
		switch {
		case string(got.ID) != w.id && w.id != "":
			t.Errorf("line %d: id %s, want %s", i+1, got.ID, w.id)
		case got.Line != w.line:
			t.Errorf("line %d: line %d, want %d", i+1, got.Line, w.line)
		case w.err != "" && !strings.Contains(got.Error, w.err):
			t.Errorf("line %d: error %q, want %q", i+1, got.Error, w.err)
		case w.err == "" && (got.Intent != w.intent || got.Language != w.language || got.Confidence == nil ||
			*got.Confidence <= 0 || *got.Confidence > 1):
			t.Errorf("line %d: %s", i+1, lines[i])
		}
	}
	if strings.Contains(stdout, `\u003c`) {
		t.Errorf("HTML escaping in output: %s", stdout)
	}
}

// Lines up to 1 MiB are classified; a longer one gets an error line and
// the lines after it are still answered.
func TestClassifyCommandLongLines(t *testing.T) {
	long := strings.Repeat("The parcel never arrived. ", (1<<20-100)/26)
	tooLong := strings.Repeat("x", 1<<20+10)
	in := `{"id":1,"text":"` + long + `"}` + "\n" +
		`{"id":2,"text":"` + tooLong + `"}` + "\n" +
		`{"id":3,"text":"Can I exchange it for a size L?"}`
	code, stdout, stderr := kefuCLI(t, nil, in, "classify")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d output lines, want 3:\n%.500s", len(lines), stdout)
	}
	for i, want := range []string{`{"id":1,"intent":"not_received"`, `{"line":2,"error":"line longer than 1 MiB"}`,
		`{"id":3,"intent":"return_exchange"`} {
		if !strings.HasPrefix(lines[i], want) {
			t.Errorf("line %d: %.200s, want prefix %s", i+1, lines[i], want)
		}
	}
}

// --scores adds the three likeliest intents; a bad flag is a usage error.
func TestClassifyCommandFlags(t *testing.T) {
	code, stdout, _ := kefuCLI(t, nil, `{"id":"a","text":"charged twice for one order"}`, "classify", "--scores")
	if code != 0 || !strings.Contains(stdout, `"scores":[{"intent":"duplicate_charge"`) {
		t.Errorf("exit %d, %s", code, stdout)
	}
	code, _, stderr := kefuCLI(t, nil, "", "classify", "--bogus")
	if code != 2 || !strings.Contains(stderr, "flag provided but not defined") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	code, stdout, _ = kefuCLI(t, nil, "", "classify")
	if code != 0 || stdout != "" {
		t.Errorf("empty input: exit %d, stdout %q", code, stdout)
	}
}
