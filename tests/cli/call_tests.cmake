# Tests of `sfmodels call`; included by CMakeLists.txt when sfmodels::client
# is built. SERVER tests run against call_server.cpp's loopback HTTPS cluster,
# which wants a client certificate from its CA.
set(client_cert --cert {cert} --key {key})
set(manifest_line "^\\{\"Manifest\":\"<ClusterManifest/>\"\\}\n$")

sfmodels_cli_test(call.thumbprint EXIT 0 SERVER
  ARGS call GetClusterManifest --endpoint {url} ${client_cert} --server-thumbprint {sha1}
  STDOUT_MATCHES "${manifest_line}")
sfmodels_cli_test(call.encrypted_key_and_ca EXIT 0 SERVER
  ARGS call GetClusterManifest --endpoint {url} --cert {cert} --key {key_encrypted} --key-password {password}
       --ca {ca} timeout=30
  STDOUT_MATCHES "${manifest_line}")
sfmodels_cli_test(call.fabric_error EXIT 1 SERVER
  ARGS call GetNodeInfo nodeName=missing --endpoint {url} ${client_cert} --server-thumbprint {sha1}
  ERROR_LINE "error: HTTP 404: \\{\"Error\":\\{\"Code\":\"FABRIC_E_NODE_NOT_FOUND\",\"Message\":\"no node\"\\}\\}")
sfmodels_cli_test(call.post_is_not_retried EXIT 1 SERVER
  ARGS call CreateName "NameDescription={\"Name\":\"fabric:/a\"}" --endpoint {url} ${client_cert} --ca {ca}
  ERROR_LINE "error: HTTP 503: \\{\"Error\":\\{\"Code\":\"FABRIC_E_SERVICE_OFFLINE\",\"Message\":\"busy\"\\}\\}")
sfmodels_cli_test(call.wrong_server_thumbprint EXIT 1 SERVER
  ARGS call GetClusterManifest --endpoint {url} ${client_cert}
       --server-thumbprint 0000000000000000000000000000000000000000
  ERROR_LINE "error: GetClusterManifest: server verification failed: server certificate thumbprint [0-9A-F]+ \\(CN=localhost\\) does not match expected 0+")
sfmodels_cli_test(call.wrong_server_name EXIT 1 SERVER
  ARGS call GetClusterManifest --endpoint {url} ${client_cert} --ca {ca} --server-name cluster.example.com
  ERROR_LINE "error: GetClusterManifest: server verification failed: server certificate CN=localhost does not name expected cluster\\.example\\.com")
sfmodels_cli_test(call.client_certificate_refused EXIT 1 SERVER
  ARGS call GetClusterManifest --endpoint {url} --cert {wrong_cert} --key {wrong_key} --server-thumbprint {sha1}
  ERROR_LINE "error: GetClusterManifest: .*")
sfmodels_cli_test(call.wrong_key_password EXIT 1 SERVER
  ARGS call GetClusterManifest --endpoint {url} --cert {cert} --key {key_encrypted} --key-password nope
       --server-thumbprint {sha1}
  ERROR_LINE "error: bad TLS options: cannot load client key .*")

# no cluster needed
sfmodels_cli_test(call.connection_refused EXIT 1
  ARGS call GetClusterManifest --endpoint http://127.0.0.1:1 --insecure-http --timeout 5
  ERROR_LINE "error: GetClusterManifest: Connection refused: connecting to 127\\.0\\.0\\.1:1")
sfmodels_cli_test(call.bad_parameter EXIT 1
  ARGS call GetNodeInfo --endpoint http://127.0.0.1:1 --insecure-http nodeName=n timeout=0
  ERROR_LINE "error: timeout: parameter value out of range \\(expected 1\\.\\.4294967295 seconds\\)")
sfmodels_cli_test(usage.call_without_operation EXIT 2
  ARGS call
  STDERR_MATCHES "^sfmodels: call needs an OPERATION")
sfmodels_cli_test(usage.call_unknown_operation EXIT 2
  ARGS call GetClusterManifesto --endpoint https://h
  STDERR_MATCHES "^sfmodels: unknown OPERATION 'GetClusterManifesto'")
sfmodels_cli_test(usage.call_without_endpoint EXIT 2
  ARGS call GetClusterManifest --server-thumbprint 00
  STDERR_MATCHES "^sfmodels: call needs --endpoint URL\n")
sfmodels_cli_test(usage.call_http_needs_flag EXIT 2
  ARGS call GetClusterManifest --endpoint http://127.0.0.1:19080
  STDERR_MATCHES "^sfmodels: 'http://127\\.0\\.0\\.1:19080' is plain HTTP, which takes --insecure-http\n")
sfmodels_cli_test(usage.call_https_needs_verification EXIT 2
  ARGS call GetClusterManifest --endpoint https://127.0.0.1:19080
  STDERR_MATCHES "^sfmodels: bad TLS options: no way to verify the server")
sfmodels_cli_test(usage.call_bad_endpoint EXIT 2
  ARGS call GetClusterManifest --endpoint cluster:19080
  STDERR_MATCHES "^sfmodels: bad endpoint: 'cluster:19080' is not http\\[s\\]://host\\[:port\\]\n")
sfmodels_cli_test(usage.call_unknown_option EXIT 2
  ARGS call GetClusterManifest --endpoint https://h --thumbprint 00
  STDERR_MATCHES "^sfmodels: unknown option '--thumbprint'\n")
sfmodels_cli_test(usage.call_option_without_value EXIT 2
  ARGS call GetClusterManifest --endpoint
  STDERR_MATCHES "^sfmodels: --endpoint needs a value\n")
sfmodels_cli_test(usage.call_bad_timeout EXIT 2
  ARGS call GetClusterManifest --endpoint https://h --timeout 0
  STDERR_MATCHES "^sfmodels: --timeout takes 1 to 86400 seconds\n")
