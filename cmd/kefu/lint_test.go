package main

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestLintExitCodes(t *testing.T) {
	for _, tc := range []struct {
		name       string
		args       []string
		stdin      string
		code       int
		stdout     []string // substrings, in order of lines
		stderrHas  string
		stdoutNone bool
	}{
		{name: "clean message exits 0 and prints nothing",
			args: []string{"lint", "--platform", "amazon"}, code: 0, stdoutNone: true,
			stdin: "Hi, order 114-3941689-8772232 shipped with UPS, tracking 1Z999AA10123456784. Refund of $12.50 issued on 12/03."},
		{name: "blocking finding exits 1",
			args: []string{"lint", "--platform", "amazon"}, code: 1,
			stdin:     "Hi! WhatsApp me on +1 415 555 0132.",
			stdout:    []string{"contact_info\t4-15\tblocking\t\"WhatsApp me\"\t", "contact_info\t19-34\tblocking\t\"+1 415 555 0132\"\tphone number\n"},
			stderrHas: "kefu: lint: 2 blocking finding(s) for amazon"},
		{name: "warnings only exit 0",
			args: []string{"lint", "--platform", "shopify"}, code: 0,
			stdin:  "Hi, call our studio at (503) 555-0147.",
			stdout: []string{"contact_info\t", "\twarning\t\"(503) 555-0147\""}},
		{name: "review manipulation blocks on Shopify too",
			args: []string{"lint", "--platform", "Shopify"}, code: 1,
			stdin:  "Leave us a 5-star review and we'll refund 15% of your order!",
			stdout: []string{"review_manipulation\t"}},
		{name: "unknown platform is a usage error listing the platforms",
			args: []string{"lint", "--platform", "wish"}, code: 2,
			stderrHas: `unknown platform "wish": want one of amazon, ebay, shopee, lazada, tiktok, shopify, independent, stripe, paypal, uqpay, email, other`},
		{name: "missing platform is a usage error",
			args: []string{"lint"}, code: 2, stderrHas: "lint: --platform is required"},
		{name: "stray argument is a usage error",
			args: []string{"lint", "--platform", "amazon", "reply.txt"}, code: 2, stderrHas: `unexpected argument "reply.txt"`},
		{name: "jsonl line with unknown platform is checked as other with a warning",
			args: []string{"lint", "--jsonl"}, code: 0, stdin: `{"id":1,"platform":"mars","text":"call me on 07700 900123"}` + "\n",
			stdout:    []string{`{"id":1,"violations":[{"kind":"contact_info"`, `"blocked":false}`},
			stderrHas: `line 1: unknown platform "mars": want one of amazon, ebay`},
		{name: "jsonl line without a platform uses --platform",
			args: []string{"lint", "--jsonl", "--platform", "amazon"}, code: 0, stdin: `{"id":1,"text":"call me on 07700 900123"}` + "\n",
			stdout: []string{`"blocked":true}`}},
		{name: "jsonl line without any platform is checked as other",
			args: []string{"lint", "--jsonl"}, code: 0, stdin: `{"id":1,"text":"hi"}` + "\n", stderrHas: "line 1: no \"platform\""},
		{name: "jsonl line that is not JSON is skipped, the rest checked, exit 1",
			args: []string{"lint", "--jsonl", "--platform", "ebay"}, code: 1, stdin: "{\"id\":1,\"text\":\"ok\"}\nnot json\n{\"id\":3,\"text\":\"ok\"}\n",
			stdout:    []string{`{"id":1,"violations":[],"blocked":false}`, `{"id":3,"violations":[],"blocked":false}`},
			stderrHas: "line 2: not a JSON object"},
		{name: "jsonl blocked messages still exit 0",
			args: []string{"lint", "--jsonl"}, code: 0, stdin: `{"id":"a","platform":"amazon","text":"email me: lin@shop.com"}` + "\n",
			stdout: []string{`{"id":"a","violations":[{"kind":"contact_info","start":10,"end":22,"excerpt":"lin@shop.com"}],"blocked":true}`}},
		{name: "help", args: []string{"help", "lint"}, code: 2, stderrHas: "usage: kefu lint [flags]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := kefuCLI(t, nil, tc.stdin, tc.args...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d; stdout %q stderr %q", code, tc.code, stdout, stderr)
			}
			if tc.stdoutNone && stdout != "" {
				t.Errorf("stdout %q, want nothing", stdout)
			}
			rest := stdout
			for _, want := range tc.stdout {
				i := strings.Index(rest, want)
				if i < 0 {
					t.Fatalf("stdout %q lacks %q", stdout, want)
				}
				rest = rest[i+len(want):]
			}
			if !strings.Contains(stderr, tc.stderrHas) {
				t.Errorf("stderr %q lacks %q", stderr, tc.stderrHas)
			}
		})
	}
}

// TestLintJSONLEchoesIDsAndOffsets checks the machine format: one result
// per input line in order, ids echoed byte for byte whatever their JSON
// type, [] rather than null for clean messages, offsets into the UTF-8
// text with excerpt == text[start:end], and blank lines skipped.
func TestLintJSONLEchoesIDsAndOffsets(t *testing.T) {
	lines := []string{
		`{"id": 17, "platform": "amazon", "text": "Thanks! Your refund of $5.00 was issued."}`,
		``,
		`{"id": {"ticket": "T-9", "n": [1, 2]}, "platform": "shopee", "text": "亲，加我微信 abc12345，发您安装视频。"}`,
		`{"id": "x\u00e9", "text": "Check out our new collection: www.cozyhome.com", "platform": "ebay"}`,
		`{"platform": "other", "text": "` + strings.Repeat("a", 100000) + ` call me on +44 20 7946 0958"}`,
	}
	code, stdout, stderr := kefuCLI(t, nil, strings.Join(lines, "\n"), "lint", "--jsonl")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	out := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if len(out) != 4 {
		t.Fatalf("%d result lines, want 4:\n%s", len(out), stdout)
	}
	var inputs []lintInput
	for _, l := range lines {
		if l == "" {
			continue
		}
		var in lintInput
		if err := json.Unmarshal([]byte(l), &in); err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, in)
	}
	wantIDs := []string{`17`, `{"ticket": "T-9", "n": [1, 2]}`, `"x\u00e9"`, `null`}
	wantBlocked := []bool{false, true, true, false}
	for i, l := range out {
		var res struct {
			ID         json.RawMessage `json:"id"`
			Violations []struct {
				Kind       string `json:"kind"`
				Start, End int
				Excerpt    string `json:"excerpt"`
			} `json:"violations"`
			Blocked *bool `json:"blocked"`
		}
		if err := json.Unmarshal([]byte(l), &res); err != nil {
			t.Fatalf("line %d %q: %v", i+1, l, err)
		}
		if string(res.ID) != wantIDs[i] {
			t.Errorf("line %d: id %s, want %s", i+1, res.ID, wantIDs[i])
		}
		if res.Violations == nil || !strings.Contains(l, `"violations":[`) {
			t.Errorf("line %d: violations must be an array: %s", i+1, l)
		}
		if res.Blocked == nil || *res.Blocked != wantBlocked[i] {
			t.Errorf("line %d: blocked %v, want %v", i+1, res.Blocked, wantBlocked[i])
		}
		text := *inputs[i].Text
		for _, v := range res.Violations {
			if v.Start < 0 || v.End > len(text) || v.Start >= v.End || text[v.Start:v.End] != v.Excerpt {
				t.Errorf("line %d: %s %d-%d %q is not text[start:end]", i+1, v.Kind, v.Start, v.End, v.Excerpt)
			}
		}
		if i == 3 && (len(res.Violations) == 0 || res.Violations[len(res.Violations)-1].Excerpt != "+44 20 7946 0958") {
			t.Errorf("line %d: violations %+v, want the phone number after 100 kB", i+1, res.Violations)
		}
	}
}
