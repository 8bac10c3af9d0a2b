package com.viraltracker.metasync.graph;

import com.facebook.ads.sdk.APIContext;
import com.facebook.ads.sdk.APIException;
import com.facebook.ads.sdk.APIRequest;
import com.google.common.util.concurrent.ListenableFuture;
import java.util.Map;

/**
 * The SDK's asynchronous executor, switched off: its default one (OkHttp) would call any URL with no endpoint check
 * or timeouts. Nothing here uses {@code executeAsync}; should anything start to, it fails instead of bypassing
 * {@link TimeoutRequestExecutor}.
 */
public class RefusingAsyncRequestExecutor implements APIRequest.IAsyncRequestExecutor {
    static final String REASON = "asynchronous SDK calls are disabled: every Graph API call goes through "
            + "TimeoutRequestExecutor, which calls only the configured endpoint";

    @Override
    public ListenableFuture<APIRequest.ResponseWrapper> execute(
            String method, String apiUrl, Map<String, Object> allParams, APIContext context) throws APIException {
        throw new APIException(REASON);
    }

    @Override
    public ListenableFuture<APIRequest.ResponseWrapper> sendGet(
            String apiUrl, Map<String, Object> allParams, APIContext context) throws APIException {
        throw new APIException(REASON);
    }

    @Override
    public ListenableFuture<APIRequest.ResponseWrapper> sendPost(
            String apiUrl, Map<String, Object> allParams, APIContext context) throws APIException {
        throw new APIException(REASON);
    }

    @Override
    public ListenableFuture<APIRequest.ResponseWrapper> sendDelete(
            String apiUrl, Map<String, Object> allParams, APIContext context) throws APIException {
        throw new APIException(REASON);
    }
}
