package ui

import (
	"embed"
	"encoding/json"
	"fmt"
	"path"
	"strings"

	"golang.org/x/text/language"

	"kefu"
)

//go:embed locales/*.json
var localeFiles embed.FS

// Locales the UI speaks; the first is the fallback.
var locales = []string{"en", "zh-CN"}

// catalog is one language's messages: a flat map of keys to texts with
// fmt verbs ("%d tickets"; "%[2]s" where a translation reorders).
type catalog struct {
	tag      string // en, zh-CN
	messages map[string]string
}

// T returns the message for key, formatted with args. A missing key shows
// as itself, which the catalog test makes impossible in a release.
func (c *catalog) T(key string, args ...any) string {
	msg, ok := c.messages[key]
	if !ok {
		return key
	}
	if len(args) > 0 {
		return fmt.Sprintf(msg, args...)
	}
	return msg
}

// zh reports whether the catalog is Chinese, for the taxonomy's own labels.
func (c *catalog) zh() bool { return strings.HasPrefix(c.tag, "zh") }

// label is a taxonomy value's display name in the catalog's language.
func (c *catalog) label(labels []kefu.Label, id string) string {
	for _, l := range labels {
		if l.ID == id {
			if c.zh() {
				return l.ZH
			}
			return l.EN
		}
	}
	return id
}

// i18n holds every catalog and picks one per request.
type i18n struct {
	catalogs map[string]*catalog
	matcher  language.Matcher
}

func mustLoadCatalogs() *i18n {
	cats, err := loadCatalogs()
	if err != nil {
		panic("ui: " + err.Error())
	}
	return cats
}

func loadCatalogs() (*i18n, error) {
	in := &i18n{catalogs: map[string]*catalog{}}
	var tags []language.Tag
	for _, l := range locales {
		b, err := localeFiles.ReadFile(path.Join("locales", l+".json"))
		if err != nil {
			return nil, err
		}
		c := &catalog{tag: l}
		if err := json.Unmarshal(b, &c.messages); err != nil {
			return nil, fmt.Errorf("locales/%s.json: %w", l, err)
		}
		in.catalogs[l] = c
		tags = append(tags, language.MustParse(l))
	}
	in.matcher = language.NewMatcher(tags)
	return in, nil
}

// forUser picks the catalog: the language the user chose in the UI, else
// the browser's preference, else the user record's locale, else English.
func (in *i18n) forUser(chosen, acceptLanguage, userLocale string) *catalog {
	if c := in.catalogs[chosen]; c != nil {
		return c
	}
	if acceptLanguage != "" {
		if prefs, _, err := language.ParseAcceptLanguage(acceptLanguage); err == nil && len(prefs) > 0 {
			_, i, conf := in.matcher.Match(prefs...)
			if conf != language.No {
				return in.catalogs[locales[i]]
			}
		}
	}
	if c := in.catalogs[userLocale]; c != nil {
		return c
	}
	return in.catalogs[locales[0]]
}
