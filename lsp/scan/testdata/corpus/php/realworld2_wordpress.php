<?php
/**
 * Plugin REST routes: WordPress helpers take the status after the data.
 */
function parcels_rest_list( WP_REST_Request $request ) {
    $items = get_posts( array( 'post_type' => 'parcel', 'numberposts' => ‹200› ) );
    if ( empty( $items ) ) {
        return new WP_REST_Response( array(), «204» );
    }
    return new WP_REST_Response( $items, «200» );
}

function parcels_ajax_save() {
    if ( ! check_ajax_referer( 'parcels', 'nonce', false ) ) {
        wp_send_json_error( array( 'message' => 'expired' ), «403» );
    }
    wp_send_json_success( array( 'saved' => ‹404› ), «201» );
}

add_action( 'template_redirect', function () {
    if ( is_page( 'old-parcels' ) ) {
        wp_safe_redirect( home_url( '/parcels' ), «301» );
        exit;
    }
}, ‹10›, ‹2› );

$reply = wp_remote_get( PARCELS_API, array( 'timeout' => ‹15› ) );
if ( «200» !== wp_remote_retrieve_response_code( $reply ) ) {
    status_header( «502» );
}
