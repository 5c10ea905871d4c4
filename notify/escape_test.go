package notify

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestMarkdownText_NothingABuyerWritesBecomesSyntax(t *testing.T) {
	for in, want := range map[string]string{
		"[退款](https://evil.example)":           "［退款］（https:⁄⁄evil․example）",
		"**加急** _now_ `code` ~~x~~":            "＊＊加急＊＊ ＿now＿ ｀code｀ ～～x～～",
		"<@zhangsan> @all":                     "＜＠zhangsan＞ ＠all",
		`<font color="info">ok</font>`:         `＜font color="info"＞ok＜/font＞`,
		"# heading\n> quote":                   "＃ heading\n＞ quote",
		"&lt;@all&gt;":                         "＆lt;＠all＆gt;",
		"visit www.paypa1.com or 10.0.0.1":     "visit www․paypa1․com or 10․0․0․1",
		"订单 112-3456789-0123456, ¥12.50, v2.0": "订单 112-3456789-0123456, ¥12.50, v2.0",
	} {
		if got := markdownText(in); got != want {
			t.Errorf("markdownText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSlackText_EscapesEntitiesAndMentions(t *testing.T) {
	for in, want := range map[string]string{
		"<!channel> <!here|here>":            "&lt;!channel&gt; &lt;!here|here&gt;",
		"<@U024BE7LH> @channel":              "&lt;＠U024BE7LH&gt; ＠channel",
		"Tom & Jerry":                        "Tom &amp; Jerry",
		"<https://evil.example|Your refund>": "&lt;https:⁄⁄evil․example|Your refund&gt;",
	} {
		if got := slackText(in); got != want {
			t.Errorf("slackText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestClean_DropsControlAndBidiCharacters(t *testing.T) {
	in := "refund\u202Egnp.exe\x00\x07\r\nok\tdone"
	if got := clean(in); got != "refundgnp.exe\nok\tdone" {
		t.Errorf("clean = %q", got)
	}
	if got := oneLine("a\n# b\r\n  c"); got != "a # b c" {
		t.Errorf("oneLine = %q", got)
	}
}

func TestTruncateBytes_CutsOnARuneBoundary(t *testing.T) {
	s := strings.Repeat("退款", 10) // 60 bytes
	for n := 0; n <= 61; n++ {
		got := truncateBytes(s, n)
		if len(got) > n || !utf8.ValidString(got) {
			t.Fatalf("truncateBytes(%d) = %q (%d bytes)", n, got, len(got))
		}
		if n < len(s) && n >= 3 && !strings.HasSuffix(got, "…") {
			t.Fatalf("truncateBytes(%d) = %q lacks the ellipsis", n, got)
		}
	}
	if truncateBytes(s, 60) != s {
		t.Error("a string that fits was cut")
	}
}

func TestFit_KeepsTitleAndLinkAndCutsTheBody(t *testing.T) {
	got := fit(40, "TITLE\n", strings.Repeat("x", 100), "\nLINK")
	if len(got) > 40 || !strings.HasPrefix(got, "TITLE\n") || !strings.HasSuffix(got, "…\nLINK") {
		t.Errorf("fit = %q", got)
	}
	got = fit(20, strings.Repeat("T", 30), "body", "LINK")
	if len(got) > 20 || !strings.HasSuffix(got, "LINK") {
		t.Errorf("fit with a long head = %q", got)
	}
}

func TestSlackText_EmphasisCannotRestyleTheAlert(t *testing.T) {
	if got := slackText("*urgent* _now_ ~x~ `y`"); got != "＊urgent＊ ＿now＿ ～x～ ｀y｀" {
		t.Errorf("slackText = %q", got)
	}
}
