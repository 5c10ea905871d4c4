package ui

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"kefu"
	"kefu/compliance"
)

// Keys built at run time from a prefix and a value: each value must have
// its message in every catalog.
func dynamicKeys() []string {
	var keys []string
	for _, v := range views {
		keys = append(keys, "view."+v.ID)
	}
	for _, l := range buyerLanguages {
		keys = append(keys, "lang."+l)
	}
	for _, p := range kefu.Platforms {
		keys = append(keys, "rules."+p.ID)
	}
	for _, d := range []string{kefu.DirectionInbound, kefu.DirectionOutbound, kefu.DirectionNote, kefu.DirectionSystem} {
		keys = append(keys, "dir."+d)
	}
	for _, d := range []string{kefu.DeliveryQueued, kefu.DeliverySent, kefu.DeliveryFailed} {
		keys = append(keys, "delivery."+d)
	}
	for _, k := range []string{kefu.IdentityEmail, kefu.IdentityRelay, kefu.IdentityBuyerID, kefu.IdentityPhone} {
		keys = append(keys, "identity."+k)
	}
	for _, h := range []string{"stripe", "shopee", "generic"} {
		keys = append(keys, "admin.hook_"+h, "admin.hook_"+h+"_how")
	}
	for _, k := range compliance.Kinds {
		keys = append(keys, "lint.kind."+string(k))
	}
	return keys
}

var (
	templateKey = regexp.MustCompile(`\.T "([a-z0-9_.]+)"`)
	goKey       = regexp.MustCompile(`\.T\("([a-z0-9_.]+)"`)
	printKey    = regexp.MustCompile(`\(print "([a-z0-9_.]+)"`)
	verbs       = regexp.MustCompile(`%(\[\d+\])?[sdvq]`)
)

// usedKeys collects every literal key in the templates and the Go code.
func usedKeys(t *testing.T) map[string]string {
	t.Helper()
	used := map[string]string{}
	err := fs.WalkDir(templateFiles, "templates", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, _ := templateFiles.ReadFile(p)
		for _, m := range templateKey.FindAllStringSubmatch(string(b), -1) {
			used[m[1]] = p
		}
		for _, m := range printKey.FindAllStringSubmatch(string(b), -1) {
			if !strings.HasSuffix(m[1], ".") && !strings.HasSuffix(m[1], "_") {
				t.Errorf("%s: dynamic key prefix %q should end in . or _", p, m[1])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("*.go")
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, _ := os.ReadFile(f)
		for _, m := range goKey.FindAllStringSubmatch(string(b), -1) {
			if !strings.HasSuffix(m[1], ".") { // a prefix: see dynamicKeys
				used[m[1]] = f
			}
		}
	}
	for _, k := range dynamicKeys() {
		used[k] = "dynamic"
	}
	return used
}

func TestCatalogs_EveryKeyUsedExistsInEnglishAndChinese(t *testing.T) {
	t.Parallel()
	in, err := loadCatalogs()
	if err != nil {
		t.Fatal(err)
	}
	used := usedKeys(t)
	if len(used) < 100 {
		t.Fatalf("found only %d keys; is the scan broken?", len(used))
	}
	for key, where := range used {
		for _, l := range locales {
			if _, ok := in.catalogs[l].messages[key]; !ok {
				t.Errorf("%s: key %q is missing from locales/%s.json", where, key, l)
			}
		}
	}
}

func TestCatalogs_HaveTheSameKeysAndFormatVerbs(t *testing.T) {
	t.Parallel()
	in, err := loadCatalogs()
	if err != nil {
		t.Fatal(err)
	}
	en, zh := in.catalogs["en"].messages, in.catalogs["zh-CN"].messages
	for k, v := range en {
		z, ok := zh[k]
		if !ok {
			t.Errorf("zh-CN lacks %q", k)
			continue
		}
		if strings.TrimSpace(z) == "" {
			t.Errorf("zh-CN %q is empty", k)
		}
		a, b := verbs.FindAllString(v, -1), verbs.FindAllString(z, -1)
		sort.Strings(a)
		sort.Strings(b)
		if strings.Join(a, " ") != strings.Join(b, " ") {
			t.Errorf("%q: en has verbs %v, zh-CN %v", k, a, b)
		}
	}
	for k := range zh {
		if _, ok := en[k]; !ok {
			t.Errorf("en lacks %q", k)
		}
	}
	used := usedKeys(t)
	for k := range en {
		if _, ok := used[k]; !ok {
			t.Errorf("catalog key %q is used nowhere", k)
		}
	}
}

func TestLanguage_ChoiceBeatsTheBrowserWhichBeatsTheUserRecord(t *testing.T) {
	t.Parallel()
	in := mustLoadCatalogs()
	for _, tc := range []struct{ chosen, accept, user, want string }{
		{"", "zh-CN,zh;q=0.9,en;q=0.8", "en", "zh-CN"},
		{"", "zh-TW", "en", "zh-CN"},
		{"", "en-GB,en;q=0.9", "zh-CN", "en"},
		{"en", "zh-CN", "zh-CN", "en"},
		{"zh-CN", "en-US", "en", "zh-CN"},
		{"", "", "zh-CN", "zh-CN"},
		{"", "fr-FR", "", "en"},
		{"", "", "", "en"},
	} {
		if got := in.forUser(tc.chosen, tc.accept, tc.user).tag; got != tc.want {
			t.Errorf("forUser(%q, %q, %q) = %s, want %s", tc.chosen, tc.accept, tc.user, got, tc.want)
		}
	}
}
