package storage

import (
	"embed"
	"io/fs"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"kefu/search"
)

//go:embed migrations queries
var sqlFiles embed.FS

// dialect holds what differs between SQLite and PostgreSQL: placeholder
// syntax, migrations and the named queries of queries/<dialect>/*.sql.
type dialect struct {
	name    string
	queries map[string]string
	// positional is true for PostgreSQL's $1, $2 … placeholders.
	positional bool
	// prepareInTx caches prepared statements per write transaction.
	prepareInTx bool
	// vector encodes search tokens for the dialect's full-text column.
	vector func(tokens []string) string
	// match renders a parsed query for the dialect's full-text operator.
	match   func(q search.Query) string
	rebound sync.Map // query → rebound query
	cached  atomic.Int32
}

func newDialect(name string, positional bool, vector func([]string) string, match func(search.Query) string) *dialect {
	d := &dialect{name: name, positional: positional, vector: vector, match: match, queries: map[string]string{}}
	// One file per subject (core, ui, automation …) keeps unrelated
	// changes out of each other's way; names are unique across files.
	files, err := fs.Glob(sqlFiles, "queries/"+name+"/*.sql")
	if err != nil || len(files) == 0 {
		panic("storage: missing embedded queries for " + name)
	}
	for _, f := range files {
		b, err := sqlFiles.ReadFile(f)
		if err != nil {
			panic(err)
		}
		for k, v := range parseNamedQueries(string(b)) {
			if _, dup := d.queries[k]; dup {
				panic("storage: query " + k + " defined twice for " + name)
			}
			d.queries[k] = v
		}
	}
	return d
}

// q returns a named dialect-specific query.
func (d *dialect) q(name string) string {
	s, ok := d.queries[name]
	if !ok {
		panic("storage: no query " + name + " for " + d.name)
	}
	return s
}

// parseNamedQueries splits a file of "-- name: x" sections.
func parseNamedQueries(src string) map[string]string {
	out := map[string]string{}
	var name string
	var body strings.Builder
	flush := func() {
		if name != "" {
			out[name] = strings.TrimSpace(body.String())
		}
		body.Reset()
	}
	for _, line := range strings.Split(src, "\n") {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(line), "-- name:"); ok {
			flush()
			name = strings.TrimSpace(rest)
			continue
		}
		if strings.HasPrefix(strings.TrimSpace(line), "--") {
			continue // comments may hold a '?', which rebind would number
		}
		body.WriteString(line)
		body.WriteByte('\n')
	}
	flush()
	return out
}

// rebind turns ? placeholders into $n for PostgreSQL. Queries are written
// with ? and never contain a literal question mark.
func (d *dialect) rebind(query string) string {
	if !d.positional || !strings.Contains(query, "?") {
		return query
	}
	if r, ok := d.rebound.Load(query); ok {
		return r.(string)
	}
	var b strings.Builder
	b.Grow(len(query) + 16)
	n := 0
	for i := 0; i < len(query); i++ {
		if query[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(query[i])
	}
	r := b.String()
	// Filter queries vary with their inputs; a bounded cache keeps the
	// common shapes without growing forever.
	if d.cached.Load() < 2000 {
		d.cached.Add(1)
		d.rebound.Store(query, r)
	}
	return r
}
