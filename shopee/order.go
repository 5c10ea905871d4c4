package shopee

import (
	"time"

	"kefu"
)

// OrderStatus is the data of an order status push (code 3): Shopee says an
// order moved to Status (UNPAID, READY_TO_SHIP, PROCESSED, SHIPPED,
// TO_CONFIRM_RECEIVE, COMPLETED, IN_CANCEL, CANCELLED, TO_RETURN, …). The
// push carries no amounts or items; the handler fetches the order when it
// needs more.
type OrderStatus struct {
	OrderSN    string
	Status     string
	UpdateTime time.Time // UTC; zero when absent
}

// TrackingNumber is the data of a tracking number push (code 4).
type TrackingNumber struct {
	OrderSN       string
	TrackingNo    string
	PackageNumber string // one order can ship in several packages
}

// wireOrder covers both order pushes. Shopee's documented key is
// "ordersn"; "order_sn", the spelling of the rest of API v2, is accepted
// too so a future rename does not drop pushes.
type wireOrder struct {
	OrderSNLegacy string  `json:"ordersn"`
	OrderSN       string  `json:"order_sn"`
	Status        string  `json:"status"`
	UpdateTime    flexInt `json:"update_time"`
	TrackingNo    string  `json:"tracking_no"`
	PackageNumber string  `json:"package_number"`
}

func (w *wireOrder) orderSN() string {
	if w.OrderSNLegacy != "" {
		return w.OrderSNLegacy
	}
	return w.OrderSN
}

// OrderStatus decodes the data of a code 3 push.
func (p *Push) OrderStatus() (*OrderStatus, error) {
	w, err := p.orderData(CodeOrderStatus)
	if err != nil {
		return nil, err
	}
	if w.Status == "" {
		return nil, kefu.Invalid("data.status", "data.status is missing from the order status push")
	}
	s := &OrderStatus{OrderSN: w.orderSN(), Status: w.Status}
	if w.UpdateTime > 0 {
		s.UpdateTime = time.Unix(int64(w.UpdateTime), 0).UTC()
	}
	return s, nil
}

// TrackingNumber decodes the data of a code 4 push.
func (p *Push) TrackingNumber() (*TrackingNumber, error) {
	w, err := p.orderData(CodeTrackingNumber)
	if err != nil {
		return nil, err
	}
	if w.TrackingNo == "" {
		return nil, kefu.Invalid("data.tracking_no", "data.tracking_no is missing from the tracking number push")
	}
	return &TrackingNumber{OrderSN: w.orderSN(), TrackingNo: w.TrackingNo, PackageNumber: w.PackageNumber}, nil
}

func (p *Push) orderData(code int) (*wireOrder, error) {
	if err := p.expect(code); err != nil {
		return nil, err
	}
	var w wireOrder
	if err := decodeData(p.Data, &w); err != nil {
		return nil, err
	}
	if w.orderSN() == "" {
		return nil, kefu.Invalid("data.ordersn", "data.ordersn is missing")
	}
	return &w, nil
}

// expect guards the typed decoders: decoding a chat push as an order
// would yield an empty order, not an error, so the code is checked first.
func (p *Push) expect(code int) error {
	if p.Code != code {
		return kefu.Invalid("code", "push has code %d, not %d", p.Code, code)
	}
	if len(p.Data) == 0 || string(p.Data) == "null" {
		return kefu.Invalid("data", "data is missing from the push")
	}
	return nil
}

// decodeData decodes a push's data object, naming fields as "data.…".
func decodeData(data []byte, dst any) error {
	return decodeObject(data, dst, "data")
}
