package translate

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// checkPieces checks that pieces join to s and each fits l.
func checkPieces(t *testing.T, s string, pieces []string, l Limits) {
	t.Helper()
	if got := strings.Join(pieces, ""); got != s {
		t.Fatalf("pieces do not join to the text:\n%q\nvs\n%q", got, s)
	}
	for i, p := range pieces {
		if !l.fits(sizeOf(p)) {
			t.Fatalf("piece %d (%d runes, %d JSON bytes) exceeds %+v", i, utf8.RuneCountInString(p), sizeOf(p).jsonBytes, l)
		}
	}
}

func TestShortTextIsOnePiece(t *testing.T) {
	s := "Hello,\n\nwhere is my order?\n"
	if got := splitText(s, Limits{MaxRunes: 100}); len(got) != 1 || got[0] != s {
		t.Fatalf("got %q", got)
	}
}

func TestLongTextSplitsByParagraphsFirst(t *testing.T) {
	para := strings.Repeat("Word ", 30) // 150 runes
	s := para + "\n\n" + para + "\n\n" + para
	l := Limits{MaxRunes: 320}
	got := splitText(s, l)
	checkPieces(t, s, got, l)
	// Two paragraphs and their blank line fit; the third goes alone.
	if len(got) != 2 || !strings.HasSuffix(got[0], para+"\n\n") || got[1] != para {
		t.Fatalf("pieces %q", got)
	}
}

func TestOverlongParagraphSplitsBySentences(t *testing.T) {
	s := strings.Repeat("The parcel arrived damaged. ", 20) + "\n\nThanks"
	l := Limits{MaxRunes: 100}
	got := splitText(s, l)
	checkPieces(t, s, got, l)
	for _, p := range got[:len(got)-1] {
		if strings.TrimSpace(p) != "" && !strings.HasSuffix(strings.TrimRight(p, " \n"), "damaged.") {
			t.Errorf("piece %q does not end at a sentence end", p)
		}
	}
}

func TestChineseSplitsAfterFullWidthStops(t *testing.T) {
	s := strings.Repeat("您好，包裹已经寄出。", 30) // 300 runes, no spaces or newlines
	l := Limits{MaxRunes: 50}
	got := splitText(s, l)
	checkPieces(t, s, got, l)
	for _, p := range got {
		if !strings.HasSuffix(p, "。") {
			t.Errorf("piece %q does not end with 。", p)
		}
	}
}

func TestRunWithoutSeparatorsSplitsByCharacters(t *testing.T) {
	s := strings.Repeat("ก", 250) // Thai is written without spaces between words
	l := Limits{MaxRunes: 100}
	got := splitText(s, l)
	checkPieces(t, s, got, l)
	if len(got) != 3 {
		t.Fatalf("%d pieces", len(got))
	}
}

// DeepL counts bytes of the request body: quotes and newlines take two,
// Chinese three.
func TestSplitCountsJSONBytes(t *testing.T) {
	s := strings.Repeat(`"退货"`+"\n", 100)
	l := Limits{MaxJSONBytes: 120}
	got := splitText(s, l)
	checkPieces(t, s, got, l)
	if z := sizeOf(`"退货"` + "\n"); z.jsonBytes != 2+6+2+2 || z.runes != 5 {
		t.Fatalf("size %+v", z)
	}
}

func TestBatchesRespectCountAndSize(t *testing.T) {
	texts := []string{"aaaa", "bbbb", "cccc", "dddd", "eeee"}
	if got := batches(texts, Limits{MaxTexts: 2}); len(got) != 3 || len(got[0]) != 2 || got[2][0] != 4 {
		t.Errorf("by count: %v", got)
	}
	if got := batches(texts, Limits{MaxTexts: 50, MaxRunes: 9}); len(got) != 3 || len(got[0]) != 2 {
		t.Errorf("by runes: %v", got)
	}
	// Each text costs its bytes and 3 for its quotes and comma.
	if got := batches(texts, Limits{MaxTexts: 50, MaxJSONBytes: 14}); len(got) != 3 {
		t.Errorf("by bytes: %v", got)
	}
	if got := batches(nil, Limits{MaxTexts: 5}); len(got) != 0 {
		t.Errorf("empty: %v", got)
	}
}

func TestTrimSpace(t *testing.T) {
	lead, core, trail := trimSpace("\n  Hello there \n\n")
	if lead != "\n  " || core != "Hello there" || trail != " \n\n" {
		t.Fatalf("%q %q %q", lead, core, trail)
	}
	if lead, core, trail := trimSpace(" \n "); lead != " \n " || core != "" || trail != "" {
		t.Fatalf("blank: %q %q %q", lead, core, trail)
	}
}
