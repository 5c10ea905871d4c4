package ui

import (
	"net/http"
	"strconv"
	"strings"

	"kefu"
)

// Saved replies: templates per language (and optionally per store) with
// variables such as {{order_number}} and {{tracking_link}}.

type adminRepliesPage struct {
	*base
	Replies   []*kefu.SavedReply
	Stores    []*kefu.Store
	Edit      *kefu.SavedReply
	Languages []string
}

func (s *Server) adminReplies(w http.ResponseWriter, r *http.Request) error {
	replies, err := s.svc.Replies.ListReplies(r.Context(), kefu.ReplyFilter{})
	if err != nil {
		return err
	}
	stores, err := s.svc.Stores.ListStores(r.Context())
	if err != nil {
		return err
	}
	page := &adminRepliesPage{base: s.base(r, "", "admin"), Replies: replies, Stores: stores, Languages: buyerLanguages,
		Edit: &kefu.SavedReply{Language: "en"}}
	page.Title = page.T("admin.replies")
	if id, err := strconv.ParseInt(r.URL.Query().Get("edit"), 10, 64); err == nil {
		for _, rep := range replies {
			if rep.ID == id {
				page.Edit = rep
			}
		}
	}
	return s.render(w, r, http.StatusOK, "admin_replies", page)
}

func (s *Server) saveReply(w http.ResponseWriter, r *http.Request) error {
	rep := &kefu.SavedReply{
		Name:     r.PostFormValue("name"),
		Language: strings.TrimSpace(r.PostFormValue("language")),
		Body:     strings.ReplaceAll(r.PostFormValue("body"), "\r\n", "\n"),
	}
	rep.StoreID, _ = strconv.ParseInt(r.PostFormValue("store"), 10, 64)
	var err error
	if id, _ := strconv.ParseInt(r.PostFormValue("id"), 10, 64); id > 0 {
		rep.ID = id
		err = s.svc.Replies.UpdateReply(r.Context(), rep)
	} else {
		err = s.svc.Replies.CreateReply(r.Context(), rep)
	}
	if err != nil {
		return err
	}
	return s.redirect(w, r, "/admin/replies", viewerFrom(r).lang.T("admin.saved"))
}

func (s *Server) deleteReply(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if err := s.svc.Replies.DeleteReply(r.Context(), id); err != nil {
		return err
	}
	return s.redirect(w, r, "/admin/replies", viewerFrom(r).lang.T("admin.deleted"))
}

// StoreName names a reply's store, or says it is for every store.
func (p *adminRepliesPage) StoreName(id int64) string {
	for _, st := range p.Stores {
		if st.ID == id {
			return st.Name
		}
	}
	return p.T("admin.all_stores")
}
