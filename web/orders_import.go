package web

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"kefu"
)

// Import limits: the body is capped at 64 MiB by the route; rows and
// NDJSON lines are capped so a body of tiny rows cannot exhaust memory.
const (
	maxImportRows = 100_000
	maxImportLine = 1 << 20
)

// importOrders upserts a batch of orders into one store, given as CSV
// (RFC 4180, header row) or as NDJSON (one kefu.Order per line). The body
// is parsed as it streams in; every row is checked before anything is
// written, and the service writes all of them in one transaction.
func (s *Server) importOrders(w http.ResponseWriter, r *http.Request) error {
	q, err := parseQuery(r, "store")
	if err != nil {
		return err
	}
	store := q.str("store")
	if q.err != nil {
		return q.err
	}
	if store == "" {
		return badRequest("store", "store is required: ?store=<id or slug>")
	}
	if err := requireContentType(r, "text/csv", "application/x-ndjson", "application/jsonl"); err != nil {
		return err
	}
	storeID, err := s.resolveStore(r, store)
	if err != nil {
		return err
	}
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	body := &readRecorder{r: r.Body}
	var orders []*kefu.Order
	if mt == "text/csv" {
		orders, err = parseOrdersCSV(body, storeID)
	} else {
		orders, err = parseOrdersNDJSON(body, storeID)
	}
	if body.err != nil && body.err != io.EOF {
		// The parsers see a cut-off last line before the read error; the
		// cut is the real problem (usually the 64 MiB limit).
		return bodyError(body.err)
	}
	if err != nil {
		return err
	}
	if len(orders) == 0 {
		return badRequest("", "the body holds no orders")
	}
	res, err := s.svc.Orders.ImportOrders(r.Context(), orders)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, res)
}

// readRecorder remembers the error that ended reading.
type readRecorder struct {
	r   io.Reader
	err error
}

func (rr *readRecorder) Read(p []byte) (int, error) {
	n, err := rr.r.Read(p)
	if err != nil && rr.err == nil {
		rr.err = err
	}
	return n, err
}

// csvRow is one CSV line on its way to becoming an order.
type csvRow struct {
	order                          kefu.Order
	email, name, carrier, tracking string
}

// importColumns are the CSV columns, in documented order.
var importColumns = []string{
	"number", "status", "currency", "total_minor", "refunded_minor",
	"customer_email", "customer_name", "charge_id", "payment_intent_id", "payment_ref",
	"card_brand", "card_last4", "buyer_ip", "ship_country", "placed_at",
	"carrier", "tracking_number",
}

// requiredColumns must be in the header: without them no row is valid.
var requiredColumns = []string{"number", "currency"}

// setColumn stores the value of one CSV column into the row.
func setColumn(row *csvRow, col, v string) error {
	o := &row.order
	var err error
	switch col {
	case "number":
		o.Number = v
	case "status":
		o.Status = v
	case "currency":
		o.Currency = strings.ToUpper(v)
	case "total_minor":
		o.TotalMinor, err = parseMinor(v)
	case "refunded_minor":
		o.RefundedMinor, err = parseMinor(v)
	case "customer_email":
		row.email = v
	case "customer_name":
		row.name = v
	case "charge_id":
		o.ChargeID = v
	case "payment_intent_id":
		o.PaymentIntentID = v
	case "payment_ref":
		o.PaymentRef = v
	case "card_brand":
		o.CardBrand = v
	case "card_last4":
		o.CardLast4 = v
	case "buyer_ip":
		o.BuyerIP = v
	case "ship_country":
		o.ShipCountry = v
	case "placed_at":
		if v != "" {
			t, perr := time.Parse(time.RFC3339Nano, v)
			if perr != nil {
				return errors.New("must be an RFC 3339 time such as 2024-05-01T09:30:00Z")
			}
			t = t.UTC()
			o.PlacedAt = &t
		}
	case "carrier":
		row.carrier = v
	case "tracking_number":
		row.tracking = v
	}
	return err
}

func parseMinor(v string) (int64, error) {
	if v == "" {
		return 0, nil
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		return 0, errors.New("must be a whole number of minor units (cents, fen), e.g. 1999 for 19.99")
	}
	return n, nil
}

// parseOrdersCSV reads a CSV body: a header row naming columns from
// importColumns in any order, then one order per row.
func parseOrdersCSV(body io.Reader, storeID int64) ([]*kefu.Order, error) {
	cr := csv.NewReader(body)
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err == io.EOF {
		return nil, badRequest("", "the CSV body is empty; it needs a header row")
	} else if err != nil {
		return nil, csvError(err)
	}
	cols := make([]string, len(header))
	for i, h := range header {
		if !utf8.ValidString(h) {
			return nil, importError(1, "", "the header is not valid UTF-8")
		}
		if i == 0 {
			h = strings.TrimPrefix(h, "\uFEFF") // a byte-order mark from spreadsheet exports
		}
		h = strings.ToLower(strings.TrimSpace(h))
		if !slices.Contains(importColumns, h) {
			return nil, importError(1, kefu.Shorten(h, 64), "unknown column %q; known columns: %s", kefu.Shorten(h, 64), strings.Join(importColumns, ","))
		}
		if slices.Contains(cols[:i], h) {
			return nil, importError(1, h, "column %q appears twice", h)
		}
		cols[i] = h
	}
	for _, c := range requiredColumns {
		if !slices.Contains(cols, c) {
			return nil, importError(1, c, "column %q is required", c)
		}
	}

	var orders []*kefu.Order
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		} else if err != nil {
			return nil, csvError(err)
		}
		line, _ := cr.FieldPos(0)
		if len(orders) == maxImportRows {
			return nil, tooManyRows()
		}
		row := csvRow{order: kefu.Order{StoreID: storeID}}
		for i, col := range cols {
			v := rec[i]
			if !utf8.ValidString(v) {
				fl, _ := cr.FieldPos(i)
				return nil, importError(fl, col, "column %s is not valid UTF-8", col)
			}
			if err := setColumn(&row, col, strings.TrimSpace(v)); err != nil {
				fl, _ := cr.FieldPos(i)
				return nil, importError(fl, col, "column %s %s, not %q", col, err, kefu.Shorten(strings.TrimSpace(v), 40))
			}
		}
		o, err := row.toOrder()
		if err == nil {
			err = o.Validate()
		}
		if err != nil {
			return nil, atLine(line, err)
		}
		orders = append(orders, o)
	}
	return orders, nil
}

// toOrder links the customer by e-mail and the parcel by tracking number.
func (row *csvRow) toOrder() (*kefu.Order, error) {
	o := row.order
	switch {
	case row.email != "":
		o.Customer = &kefu.Customer{Name: row.name, Identities: []kefu.Identity{{Kind: kefu.IdentityEmail, Value: row.email}}}
	case row.name != "":
		return nil, kefu.Invalid("customer_name", "customer_name needs customer_email to find or create the customer")
	}
	switch {
	case row.tracking != "":
		o.Shipments = []kefu.Shipment{{Carrier: row.carrier, TrackingNumber: row.tracking}}
	case row.carrier != "":
		return nil, kefu.Invalid("carrier", "carrier needs tracking_number")
	}
	return &o, nil
}

func csvError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		if errors.Is(pe.Err, csv.ErrFieldCount) {
			return importError(pe.StartLine, "", "the row has a different number of fields than the header")
		}
		var mbe *http.MaxBytesError
		if errors.As(pe.Err, &mbe) {
			return bodyError(pe.Err)
		}
		return importError(pe.Line, "", "malformed CSV at column %d: %s (quote fields containing commas, quotes or line breaks as RFC 4180 says)", pe.Column, pe.Err)
	}
	return bodyError(err)
}

func importError(line int, field, format string, args ...any) error {
	return &requestError{status: http.StatusBadRequest, line: line,
		err: kefu.Error{Code: kefu.EINVALID, Field: field, Message: fmt.Sprintf("line %d: ", line) + fmt.Sprintf(format, args...)}}
}

func tooManyRows() error {
	return &requestError{status: http.StatusRequestEntityTooLarge,
		err: kefu.Error{Code: kefu.ETOOLARGE, Message: fmt.Sprintf("an import may hold at most %d orders; split the file", maxImportRows)}}
}

// parseOrdersNDJSON reads one JSON order per line; blank lines are
// skipped. Orders without store_id get the import's store; any other
// store_id is refused rather than silently moved.
func parseOrdersNDJSON(body io.Reader, storeID int64) ([]*kefu.Order, error) {
	sc := bufio.NewScanner(body)
	sc.Buffer(make([]byte, 0, 64<<10), maxImportLine)
	var orders []*kefu.Order
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		if len(orders) == maxImportRows {
			return nil, tooManyRows()
		}
		var o kefu.Order
		if err := decodeJSONBytes(b, &o); err != nil {
			return nil, atLine(line, err)
		}
		clearServerFields(&o)
		if o.StoreID == 0 {
			o.StoreID = storeID
		} else if o.StoreID != storeID {
			return nil, importError(line, "store_id", "store_id %d is not the store being imported into (%d)", o.StoreID, storeID)
		}
		if err := o.Validate(); err != nil {
			return nil, atLine(line, err)
		}
		orders = append(orders, &o)
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, importError(line+1, "", "the line is longer than %s", formatBytes(maxImportLine))
		}
		return nil, bodyError(err)
	}
	return orders, nil
}
