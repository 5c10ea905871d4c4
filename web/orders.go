package web

import (
	"net/http"
	"strconv"
	"time"

	"kefu"
)

func (s *Server) getOrder(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	o, err := s.svc.Orders.FindOrderByID(r.Context(), id)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, o)
}

// orderList is the body of GET /api/v1/orders.
type orderList struct {
	Orders []*kefu.Order `json:"orders"`
}

func (s *Server) listOrders(w http.ResponseWriter, r *http.Request) error {
	q, err := parseQuery(r, "store", "number", "charge_id", "tracking_number", "customer", "limit")
	if err != nil {
		return err
	}
	store := q.str("store")
	f := kefu.OrderFilter{
		Number:         q.str("number"),
		ChargeID:       q.str("charge_id"),
		TrackingNumber: q.str("tracking_number"),
		CustomerID:     q.id("customer"),
		Limit:          q.int("limit"),
	}
	if q.err != nil {
		return q.err
	}
	if q.values.Has("limit") && (f.Limit < 1 || f.Limit > kefu.MaxPageSize) {
		return badRequest("limit", "limit must be between 1 and %d", kefu.MaxPageSize)
	}
	if store != "" {
		if f.StoreID, err = s.resolveStore(r, store); err != nil {
			return err
		}
	}
	orders, err := s.svc.Orders.ListOrders(r.Context(), f)
	if err != nil {
		return err
	}
	if orders == nil {
		orders = []*kefu.Order{}
	}
	return writeJSON(w, http.StatusOK, orderList{Orders: orders})
}

// upsertOrder creates or replaces the order with the body's store_id and
// number: 201 when it was created, 200 when it replaced one.
func (s *Server) upsertOrder(w http.ResponseWriter, r *http.Request) error {
	var o kefu.Order
	if err := decodeJSON(r, &o); err != nil {
		return err
	}
	clearServerFields(&o)
	created, err := s.svc.Orders.UpsertOrder(r.Context(), &o)
	if err != nil {
		return err
	}
	status := http.StatusOK
	if created {
		status = http.StatusCreated
		w.Header().Set("Location", api+"/orders/"+strconv.FormatInt(o.ID, 10))
	}
	return writeJSON(w, status, &o)
}

// clearServerFields drops what the server assigns, so a client echoing an
// order it read back cannot set them.
func clearServerFields(o *kefu.Order) {
	o.ID = 0
	o.CreatedAt, o.UpdatedAt = time.Time{}, time.Time{}
}

// resolveStore turns a store id or slug into an id. A numeric id is taken
// as is: the order services scope it to the caller's stores.
func (s *Server) resolveStore(r *http.Request, idOrSlug string) (int64, error) {
	if id, err := strconv.ParseInt(idOrSlug, 10, 64); err == nil {
		if id <= 0 {
			return 0, badRequest("store", "store must be a store id or slug")
		}
		return id, nil
	}
	st, err := s.svc.Stores.FindStoreBySlug(r.Context(), idOrSlug)
	if err != nil {
		return 0, err
	}
	return st.ID, nil
}
