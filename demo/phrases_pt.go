package demo

// Portuguese: Brazilian and Portuguese buyers on the Shopify site.
var phrasesPT = &Phrasebook{
	Lang:      "pt",
	Names:     []string{"João Silva", "Ana Souza", "Pedro Oliveira", "Mariana Costa", "Rafael Pereira", "Beatriz Almeida"},
	Greetings: []string{"Olá,", "Bom dia,", "Prezados,", ""},
	Signoffs:  []string{"Obrigado,\n{name}", "Atenciosamente,\n{name}", "Abraço"},
	Context: []string{
		"Sou cliente de vocês há bastante tempo.",
		"Era um presente para a minha mãe.",
		"Meu e-mail é {email}.",
	},
	Subjects: map[string][]string{
		"order_status":      {"Onde está meu pedido {order}?", "Rastreio parado há {days} dias"},
		"not_received":      {"Pedido consta como entregue mas não recebi", "Não recebi o pedido {order}"},
		"not_as_described":  {"Produto chegou quebrado", "Recebi o item errado"},
		"return_exchange":   {"Devolução: {product}", "Posso trocar por outra cor?"},
		"refund_request":    {"Pedido de reembolso", "Quero meu dinheiro de volta"},
		"refund_delay":      {"Reembolso ainda não caiu", "Cadê meu estorno?"},
		"cancel_order":      {"Cancelar pedido {order}", "Alterar endereço de entrega"},
		"payment_issue":     {"Cartão recusado", "Pagamento não foi concluído"},
		"duplicate_charge":  {"Cobrança em duplicidade", "Fui cobrado duas vezes"},
		"fx_dispute":        {"Valor cobrado maior que o anunciado", "IOF e taxa de câmbio não informados"},
		"chargeback_threat": {"Vou contestar a compra no cartão", "Última tentativa antes de abrir reclamação"},
		"presale_question":  {"Dúvida sobre produto: {product}", "Vocês enviam para o Brasil?"},
	},
	Messages: map[string][]string{
		"order_status": {
			"Fiz o pedido {order} há {days} dias e o código de rastreio {tracking} não atualiza. Quando meu pedido vai chegar?",
			"O rastreio diz que o pedido está parado na alfândega em Curitiba. Vocês conseguem verificar?",
		},
		"not_received": {
			"O rastreio diz que o pacote foi entregue ontem, mas não recebi nada e o porteiro também não viu. Pedido {order}.",
			"Já se passaram {days} dias e ainda não recebi o pedido ({product}). Acho que o pacote foi extraviado.",
		},
		"not_as_described": {
			"O produto ({product}) chegou com a carcaça trincada e a caixa amassada. Seguem as fotos. Pedido {order}.",
			"Pedi na cor preta e veio branca. Além disso o cabo não é USB-C como estava no anúncio.",
		},
		"return_exchange": {
			"Quero devolver o produto ({product}) do pedido {order}, ainda está lacrado. Vocês podem me mandar uma etiqueta de devolução?",
		},
		"refund_request": {
			"Por favor, reembolsem o pedido {order}. O produto não atendeu ao que eu precisava.",
			"A tela veio riscada. Fico com o produto se tiver um reembolso parcial; caso contrário, quero o reembolso total.",
		},
		"refund_delay": {
			"Devolvi o produto ({product}) há duas semanas e o rastreio mostra que vocês receberam, mas o estorno de {amount} ainda não apareceu na minha fatura.",
		},
		"cancel_order": {
			"Fiz o pedido {order} por engano. Por favor, cancelem antes do envio.",
		},
		"payment_issue": {
			"Meu cartão é recusado toda vez que tento pagar, mas o banco diz que está tudo certo. Posso pagar com Pix ou PayPal?",
		},
		"duplicate_charge": {
			"Fui cobrado duas vezes no valor de {amount} pelo pedido {order}. Só fiz uma compra. Por favor, estornem a cobrança duplicada.",
		},
		"fx_dispute": {
			"O anúncio mostrava {amount}, mas na fatura veio quase 8% a mais por causa do câmbio e do IOF. Isso não estava informado.",
		},
		"chargeback_threat": {
			"Já é a terceira vez que escrevo sobre o pedido {order}. Se não houver reembolso em 48 horas, vou contestar a compra junto à operadora do cartão e registrar no Reclame Aqui.",
		},
		"presale_question": {
			"Esse produto ({product}) é compatível com iPhone 15? Tem garantia no Brasil?",
			"Vocês enviam para o Brasil? Quanto tempo demora e tem taxa de importação?",
		},
	},
	Replies: map[string][]string{
		"order_status":      {"Obrigado pelo contato. Seu pedido {order} foi entregue à {carrier} (rastreio {tracking}) e deve chegar em 5 a 10 dias úteis."},
		"not_received":      {"Sentimos muito pelo transtorno. Abrimos uma investigação com a {carrier}; se o pacote não for localizado, enviaremos outro ou faremos o reembolso integral."},
		"not_as_described":  {"Pedimos desculpas. Pode nos enviar uma foto do produto e da etiqueta de envio? Mandaremos um novo sem custo."},
		"return_exchange":   {"Sem problemas. Enviamos por e-mail uma etiqueta de devolução pré-paga para o pedido {order}."},
		"refund_request":    {"Fizemos o reembolso de {amount} no seu meio de pagamento original. Pode levar até duas faturas para aparecer."},
		"refund_delay":      {"Verificamos o pedido {order}: o estorno de {amount} já foi processado. Dependendo do banco, pode levar até duas faturas."},
		"cancel_order":      {"Pronto, o pedido {order} foi cancelado e nada será cobrado."},
		"payment_issue":     {"Desculpe o transtorno. Tente novamente em alguns minutos ou use o PayPal; o valor pendente será liberado pelo banco."},
		"duplicate_charge":  {"Você tem razão, há duas cobranças de {amount}. Já estornamos a duplicada."},
		"fx_dispute":        {"Nossa loja cobra em dólar; a diferença vem do câmbio e do IOF do seu banco. Como cortesia, reembolsamos a diferença."},
		"chargeback_threat": {"Pedimos desculpas pela demora. Reembolsamos hoje {amount} do pedido {order}, então não é necessário contestar a compra."},
		"presale_question":  {"Obrigado pelo interesse! O produto está em estoque e tem 12 meses de garantia."},
	},
	FollowUps:   []string{"Alguma novidade?", "Ainda estou aguardando resposta."},
	PhotosSent:  []string{"Já enviei as fotos que vocês pediram."},
	Thanks:      map[string][]string{"any": {"Recebido, muito obrigado!", "Perfeito, resolvido."}, "refund": {"O estorno caiu, obrigada."}, "parcel": {"O pacote chegou hoje, obrigado!"}},
	Holding:     []string{"Obrigado pela paciência. Encaminhamos seu caso para a equipe de estoque e logística e retornaremos em até 24 horas."},
	ReplyOpens:  []string{"Olá, {name}!", "Prezado(a) {name},"},
	ReplyCloses: []string{"Atenciosamente,\n{agent}\nAtendimento {store}", "Abraços,\n{agent}"},
}
