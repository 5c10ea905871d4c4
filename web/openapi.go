package web

import (
	_ "embed"
	"net/http"
	"strconv"
)

// openAPIDocument describes every route of the table in routes.go; a test
// holds the two to each other.
//
//go:embed openapi.json
var openAPIDocument []byte

func (s *Server) openAPI(w http.ResponseWriter, r *http.Request) error {
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("Content-Length", strconv.Itoa(len(openAPIDocument)))
	_, _ = w.Write(openAPIDocument)
	return nil
}
