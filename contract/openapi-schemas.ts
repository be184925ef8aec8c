import { errorBodySchema } from "./errors";
import { formSchema } from "./form";
import {
  attachmentAddRequestSchema,
  attachmentAddResponseSchema,
  confirmReviewSchema,
  metaSchema,
  paymentTokenQuerySchema,
  paymentTokenResponseSchema,
  priceResponseSchema,
  productsResponseSchema,
  submitRequestSchema,
  submitResponseSchema,
} from "./journey";
import { policyListResponseSchema, policyViewSchema } from "./policy";
import { policyListRequestSchema } from "./policy-list";
import { additionalDocumentsSchema, historySchema, newQuoteSchema } from "./actions";

/** The schemas the OpenAPI document names under components (an endpoint using one refers to it). */
export const openApiSchemas = {
  Error: errorBodySchema,
  Form: formSchema,
  Products: productsResponseSchema,
  Meta: metaSchema,
  SubmitRequest: submitRequestSchema,
  SubmitResponse: submitResponseSchema,
  PriceResponse: priceResponseSchema,
  AttachmentAddRequest: attachmentAddRequestSchema,
  AttachmentAddResponse: attachmentAddResponseSchema,
  ConfirmReview: confirmReviewSchema,
  PaymentToken: paymentTokenResponseSchema,
  PaymentTokenRequest: paymentTokenQuerySchema,
  PolicyView: policyViewSchema,
  PolicyList: policyListResponseSchema,
  PolicyListRequest: policyListRequestSchema,
  AdditionalDocuments: additionalDocumentsSchema,
  History: historySchema,
  NewQuote: newQuoteSchema,
};
