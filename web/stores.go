package web

import (
	"net/http"
	"strconv"

	"kefu"
)

// storeJSON is the API view of a store: secret values never leave the
// server, only their names.
type storeJSON struct {
	*kefu.Store
	SecretNames []string `json:"secret_names"`
}

func storeView(s *kefu.Store) storeJSON {
	return storeJSON{Store: s, SecretNames: s.SecretNames()}
}

// storeList is the body of GET /api/v1/stores.
type storeList struct {
	Stores []storeJSON `json:"stores"`
}

// storeCreateRequest is the body of POST /api/v1/stores.
type storeCreateRequest struct {
	Slug     string            `json:"slug"`
	Platform string            `json:"platform"`
	Site     string            `json:"site,omitempty"`
	Name     string            `json:"name"`
	Timezone string            `json:"timezone"`
	Currency string            `json:"currency"`
	Secrets  map[string]string `json:"secrets,omitempty"`
}

func (s *Server) listStores(w http.ResponseWriter, r *http.Request) error {
	if _, err := parseQuery(r); err != nil {
		return err
	}
	stores, err := s.svc.Stores.ListStores(r.Context())
	if err != nil {
		return err
	}
	out := storeList{Stores: make([]storeJSON, 0, len(stores))}
	for _, st := range stores {
		out.Stores = append(out.Stores, storeView(st))
	}
	return writeJSON(w, http.StatusOK, out)
}

func (s *Server) createStore(w http.ResponseWriter, r *http.Request) error {
	var req storeCreateRequest
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	st := &kefu.Store{
		Slug:     req.Slug,
		Platform: req.Platform,
		Site:     req.Site,
		Name:     req.Name,
		Timezone: req.Timezone,
		Currency: req.Currency,
		Secrets:  kefu.Secrets(req.Secrets),
	}
	if err := s.svc.Stores.CreateStore(r.Context(), st); err != nil {
		return err
	}
	w.Header().Set("Location", api+"/stores/"+strconv.FormatInt(st.ID, 10))
	return writeJSON(w, http.StatusCreated, storeView(st))
}

func (s *Server) getStore(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	st, err := s.svc.Stores.FindStoreByID(r.Context(), id)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, storeView(st))
}

func (s *Server) updateStore(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	var u kefu.StoreUpdate
	if err := decodeJSON(r, &u); err != nil {
		return err
	}
	st, err := s.svc.Stores.UpdateStore(r.Context(), id, u)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, storeView(st))
}
