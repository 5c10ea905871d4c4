package ui

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
)

//go:embed static
var staticFiles embed.FS

// asset is one embedded file, ready to serve: its bytes, their gzip and
// the content hash that makes its URL change whenever it does.
type asset struct {
	name        string
	hash        string
	contentType string
	body        []byte
	gzipped     []byte // nil when compression does not pay
}

// assets are served at /static/<hash>/<name>: a URL names one version
// forever, so it may be cached for a year.
type assets struct {
	byName map[string]*asset
}

func mustLoadAssets() *assets {
	a := &assets{byName: map[string]*asset{}}
	err := fs.WalkDir(staticFiles, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := staticFiles.ReadFile(p)
		if err != nil {
			return err
		}
		name := strings.TrimPrefix(p, "static/")
		sum := sha256.Sum256(body)
		ct := mime.TypeByExtension(path.Ext(name))
		if ct == "" {
			ct = "application/octet-stream"
		}
		as := &asset{name: name, hash: hex.EncodeToString(sum[:6]), contentType: ct, body: body}
		if compressible(ct) {
			var buf bytes.Buffer
			zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
			_, _ = zw.Write(body)
			_ = zw.Close()
			if buf.Len() < len(body) {
				as.gzipped = buf.Bytes()
			}
		}
		a.byName[name] = as
		return nil
	})
	if err != nil {
		panic("ui: assets: " + err.Error())
	}
	return a
}

// url is the content-hashed URL of a static file.
func (a *assets) url(name string) string {
	as := a.byName[name]
	if as == nil {
		panic("ui: no asset " + name)
	}
	return "/static/" + as.hash + "/" + name
}

// serveAsset serves /static/<hash>/<name>. A stale hash (a page cached
// across a deploy) still gets the current file, but only briefly cached.
func (s *Server) serveAsset(w http.ResponseWriter, r *http.Request) error {
	hash, name, ok := strings.Cut(r.PathValue("file"), "/")
	as := s.assets.byName[name]
	if !ok || as == nil {
		return errNotFound
	}
	h := w.Header()
	if hash == as.hash {
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		h.Set("Cache-Control", "public, max-age=60")
	}
	h.Set("Content-Type", as.contentType)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Add("Vary", "Accept-Encoding")
	body := as.body
	if as.gzipped != nil && acceptsGzip(r) {
		h.Set("Content-Encoding", "gzip")
		body = as.gzipped
	}
	markCompressed(w)
	http.ServeContent(w, r, "", startTime, bytes.NewReader(body))
	return nil
}

func (s *Server) favicon(w http.ResponseWriter, r *http.Request) error {
	http.Redirect(w, r, s.assets.url("favicon.svg"), http.StatusMovedPermanently)
	return nil
}
