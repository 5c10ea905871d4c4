package storage

import (
	"embed"
	"strconv"
	"strings"
)

//go:embed migrations queries
var sqlFiles embed.FS

// dialect holds what differs between SQLite and PostgreSQL: placeholder
// syntax, migrations and the named queries of queries/<dialect>.sql.
type dialect struct {
	name    string
	queries map[string]string
	// positional is true for PostgreSQL's $1, $2 … placeholders.
	positional bool
}

func newDialect(name string, positional bool) *dialect {
	d := &dialect{name: name, positional: positional}
	b, err := sqlFiles.ReadFile("queries/" + name + ".sql")
	if err != nil {
		panic("storage: missing embedded queries for " + name)
	}
	d.queries = parseNamedQueries(string(b))
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
	return b.String()
}
