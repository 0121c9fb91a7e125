package eu.od4growth.catalog.webhook.web;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import eu.od4growth.catalog.webhook.application.Subscriptions;
import eu.od4growth.catalog.webhook.model.DeliveryStatus;
import eu.od4growth.catalog.webhook.model.Subscription;
import eu.od4growth.catalog.webhook.model.SubscriptionRequest;
import eu.od4growth.common.paging.PageLinks;
import eu.od4growth.common.paging.PageParams;
import eu.od4growth.common.paging.PageResponse;
import eu.od4growth.common.security.Caller;
import eu.od4growth.common.validation.Slug;
import eu.od4growth.common.web.ETags;

/**
 * HTTP face of the webhook hub for partners: one place where an organisation's coordinators (and administrators)
 * manage every subscription to the suite's events, whichever service produces them, and see every delivery.
 */
@Path("/api/webhooks")
@Tag(name = "Webhooks")
@RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

    private final Subscriptions subscriptions;

    WebhookResource(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @GET
    @Operation(operationId = "listWebhookSubscriptions", summary = "List webhook subscriptions", description = "A coordinator sees their organization's subscriptions, an administrator every organization's; never their secrets.")
    @APIResponse(responseCode = "200", description = "One page of subscriptions, the oldest first, with Link headers to the first, previous, next and last pages")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither a coordinator nor an administrator")
    @APIResponse(responseCode = "406", description = "The client accepts no JSON")
    public RestResponse<PageResponse<SubscriptionView>> list(@Valid @BeanParam PageParams paging,
            @Parameter(description = "Only this organization's subscriptions (slug)") @QueryParam("organization") @Pattern(regexp = Slug.PATTERN, message = "must be an organization slug") String organization,
            @Parameter(description = "Only enabled (true) or disabled (false) subscriptions") @QueryParam("enabled") Boolean enabled,
            @Context UriInfo uri) {
        PageResponse<Subscription> page = subscriptions.list(organization, enabled, paging);
        return PageLinks.ok(new PageResponse<>(page.items().stream().map(SubscriptionView::of).toList(), page.page(),
                page.size(), page.total()), uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getWebhookSubscription", summary = "Read a webhook subscription", description = "Without its secret.")
    @APIResponse(responseCode = "200", description = "The subscription")
    @APIResponse(responseCode = "400", description = "An id that is not a UUID")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither a coordinator nor an administrator")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's organization")
    @APIResponse(responseCode = "406", description = "The client accepts no JSON")
    public RestResponse<SubscriptionView> get(@PathParam("id") UUID id) {
        Subscription subscription = subscriptions.get(id);
        return ETags.ok(SubscriptionView.of(subscription), subscription.version());
    }

    @POST
    @Operation(operationId = "createWebhookSubscription", summary = "Subscribe a URL to events", description = "For the caller's organization (an administrator may name another). The answer shows the signing secret once: keep it to verify the webhook-signature of each delivery (Standard Webhooks).")
    @APIResponse(responseCode = "201", description = "Subscribed; the answer carries the secret, shown only this once")
    @APIResponse(responseCode = "400", description = "Invalid subscription: no or unknown event types, or a URL that is not http(s) or points to a loopback or private address")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither a coordinator nor an administrator, or another organization named by a coordinator")
    @APIResponse(responseCode = "415", description = "The body is not JSON")
    public RestResponse<SubscriptionView> create(@Valid @NotNull SubscriptionRequest request, @Context UriInfo uri) {
        Subscription subscription = subscriptions.create(request);
        return ETags.created(uri, subscription.id(), SubscriptionView.withSecret(subscription),
                subscription.version());
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "updateWebhookSubscription", summary = "Change a webhook subscription's URL, event types or description", description = "Its organization and secret stay.")
    @APIResponse(responseCode = "200", description = "The subscription as changed")
    @APIResponse(responseCode = "400", description = "Invalid subscription, or an id that is not a UUID")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither a coordinator nor an administrator")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's organization")
    @APIResponse(responseCode = "415", description = "The body is not JSON")
    public RestResponse<SubscriptionView> update(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull SubscriptionRequest request) {
        return view(subscriptions.revise(id, ifMatch, request));
    }

    @POST
    @Path("{id}/disable")
    @Operation(operationId = "disableWebhookSubscription", summary = "Stop delivering to a subscription", description = "No delivery is made for events that happen while it is disabled; pending deliveries wait until it is enabled again.")
    @APIResponse(responseCode = "200", description = "The subscription, disabled")
    @APIResponse(responseCode = "400", description = "An id that is not a UUID")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither a coordinator nor an administrator")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's organization")
    public RestResponse<SubscriptionView> disable(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return view(subscriptions.enable(id, ifMatch, false));
    }

    @POST
    @Path("{id}/enable")
    @Operation(operationId = "enableWebhookSubscription", summary = "Deliver to a subscription again")
    @APIResponse(responseCode = "200", description = "The subscription, enabled")
    @APIResponse(responseCode = "400", description = "An id that is not a UUID")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither a coordinator nor an administrator")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's organization")
    public RestResponse<SubscriptionView> enable(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return view(subscriptions.enable(id, ifMatch, true));
    }

    @POST
    @Path("{id}/rotate-secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "Give a subscription a new signing secret", description = "The answer shows the new secret once. The previous secret keeps signing (a second signature in webhook-signature) until previousSecretValidUntil (24 hours by default), so the receiver can switch without losing a delivery.")
    @APIResponse(responseCode = "200", description = "The subscription with its new secret, shown only this once")
    @APIResponse(responseCode = "400", description = "An id that is not a UUID")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither a coordinator nor an administrator")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's organization")
    public RestResponse<SubscriptionView> rotateSecret(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Subscription subscription = subscriptions.rotateSecret(id, ifMatch);
        return ETags.ok(SubscriptionView.withSecret(subscription), subscription.version());
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteWebhookSubscription", summary = "Remove a webhook subscription and its deliveries")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", description = "An id that is not a UUID")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither a coordinator nor an administrator")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's organization")
    public void delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        subscriptions.delete(id, ifMatch);
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "List a subscription's deliveries with their attempts", description = "The latest first; filter by status.")
    @APIResponse(responseCode = "200", description = "One page of deliveries, with Link headers to the first, previous, next and last pages")
    @APIResponse(responseCode = "400", description = "Invalid status or paging, or an id that is not a UUID")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither a coordinator nor an administrator")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's organization")
    @APIResponse(responseCode = "406", description = "The client accepts no JSON")
    public RestResponse<PageResponse<DeliveryView>> deliveries(@PathParam("id") UUID id,
            @Valid @BeanParam PageParams paging,
            @Parameter(description = "Only deliveries in this status") @QueryParam("status") DeliveryStatus status,
            @Context UriInfo uri) {
        PageResponse<Subscriptions.DeliveryRecord> page = subscriptions.deliveries(id, status, paging);
        return PageLinks.ok(new PageResponse<>(page.items().stream().map(DeliveryView::of).toList(), page.page(),
                page.size(), page.total()), uri);
    }

    @GET
    @Path("{id}/deliveries/{deliveryId}")
    @Operation(operationId = "getWebhookDelivery", summary = "Read one delivery with its attempts")
    @APIResponse(responseCode = "200", description = "The delivery")
    @APIResponse(responseCode = "400", description = "An id that is not a UUID")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither a coordinator nor an administrator")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's organization, or no such delivery of it")
    @APIResponse(responseCode = "406", description = "The client accepts no JSON")
    public DeliveryView delivery(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return DeliveryView.of(subscriptions.delivery(id, deliveryId));
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/replay")
    @Operation(operationId = "replayWebhookDelivery", summary = "Send a delivery again", description = "Queues it again whatever its status (pending now, attempt count reset; the attempts made stay listed). The receiver gets the same webhook-id and should drop a repeat it already handled.")
    @APIResponse(responseCode = "200", description = "The delivery, pending")
    @APIResponse(responseCode = "400", description = "An id that is not a UUID")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither a coordinator nor an administrator")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's organization, or no such delivery of it")
    public DeliveryView replay(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return DeliveryView.of(subscriptions.replay(id, deliveryId));
    }

    private static RestResponse<SubscriptionView> view(Subscription subscription) {
        return ETags.ok(SubscriptionView.of(subscription), subscription.version());
    }
}
