package classify

import (
	"bufio"
	"embed"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"
)

// data holds the labelled training corpus (data/train/<lang>*.jsonl) and
// the lexicon (data/lexicon/<lang>.txt). Both are compiled into the binary:
// the classifier needs no files, no server and no network.
//
//go:embed data
var data embed.FS

// An Example is one labelled buyer message of a corpus.
type Example struct {
	Text   string `json:"text"`
	Lang   string `json:"lang,omitempty"` // defaults to the file's language
	Intent Intent `json:"intent"`
}

// readExamples reads every *.jsonl file under dir. A file's name starts
// with its language ("en.jsonl", "en_chain.jsonl"), which lines without a
// "lang" inherit.
func readExamples(fsys fs.FS, dir string) ([]Example, error) {
	var out []Example
	err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".jsonl") {
			return err
		}
		f, err := fsys.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		lang, _, _ := strings.Cut(strings.TrimSuffix(path.Base(p), ".jsonl"), "_")
		ex, err := decodeExamples(f, lang)
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		out = append(out, ex...)
		return nil
	})
	return out, err
}

// decodeExamples reads JSON Lines of examples; blank lines and lines
// starting with "//" are skipped.
func decodeExamples(r io.Reader, lang string) ([]Example, error) {
	var out []Example
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "//") {
			continue
		}
		var e Example
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		if e.Lang == "" {
			e.Lang = lang
		}
		if !e.Intent.Valid() || strings.TrimSpace(e.Text) == "" {
			return nil, fmt.Errorf("line %d: want a text and one of the 12 intents, got %q", n, e.Intent)
		}
		out = append(out, e)
	}
	return out, sc.Err()
}

// languageWords reads data/lang/<lang>.txt: each Latin-script language's
// most common words (articles, pronouns, particles, the after-sales
// vocabulary). The corpus alone has too few short messages for the
// language model to know that "het" and "met" are Dutch or "sobre" is not
// Italian; these lists add that knowledge.
func languageWords(fsys fs.FS, dir string) (map[string]string, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".txt") {
			continue
		}
		b, err := fs.ReadFile(fsys, path.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		out[strings.TrimSuffix(e.Name(), ".txt")] = string(b)
	}
	return out, nil
}
