# Tests of `sfmodels request`; included by CMakeLists.txt, whose sfmodels_cli_test they use.
set(partition 5e2a9c1f-4b7d-4e3a-9f60-1c8b2d7e4a35)
set(operation c0ffee00-1234-4abc-8def-0123456789ab)

sfmodels_cli_test(request.start_data_loss EXIT 0
  ARGS request StartDataLoss serviceId=fabric:/myapp/app1/svc1 partitionId=${partition}
       OperationId=${operation} DataLossMode=partialdataloss timeout=30
  STDOUT ${expected}/request-start-data-loss.stdout)
sfmodels_cli_test(request.start_node_transition EXIT 0
  ARGS request StartNodeTransition "nodeName=rack 1/node" OperationId=${operation} NodeTransitionType=Stop
       NodeInstanceId=131366982707950527 StopDurationInSeconds=600
  STDOUT ${expected}/request-start-node-transition.stdout)
sfmodels_cli_test(request.fault_operation_list EXIT 0
  ARGS request getfaultoperationlist TypeFilter=PartitionDataLoss|NodeTransition
  STDOUT ${expected}/request-fault-operation-list.stdout)
sfmodels_cli_test(request.restore_partition_with_body EXIT 0
  ARGS request RestorePartition partitionId=${partition} RestoreTimeout=20
       "RestorePartitionDescription={\"BackupLocation\":\"shop/cart/b.zip\",\"BackupId\":\"${operation}\",\"BackupStorage\":{\"StorageKind\":\"AzureBlobStore\",\"ConnectionString\":\"UseDevelopmentStorage=true\",\"ContainerName\":\"b\"}}"
  STDOUT ${expected}/request-restore-partition.stdout)

sfmodels_cli_test(request.missing_parameter EXIT 1
  ARGS request StartDataLoss serviceId=app~svc partitionId=${partition} OperationId=${operation}
  ERROR_LINE "error: DataLossMode: missing required parameter")
sfmodels_cli_test(request.out_of_range EXIT 1
  ARGS request GetDataLossProgress serviceId=app~svc partitionId=${partition} OperationId=${operation} timeout=0
  ERROR_LINE "error: timeout: parameter value out of range \\(expected 1\\.\\.4294967295 seconds\\)")
sfmodels_cli_test(request.not_a_fabric_name EXIT 1
  ARGS request GetDataLossProgress serviceId=myapp/svc partitionId=${partition} OperationId=${operation}
  ERROR_LINE "error: serviceId: not a fabric: service name \\(expected fabric:/application/service\\)")
sfmodels_cli_test(request.bad_uuid EXIT 1
  ARGS request CancelOperation OperationId=not-a-uuid
  ERROR_LINE "error: OperationId: invalid parameter value \\(expected a uuid, 8-4-4-4-12 hexadecimal digits\\)")
sfmodels_cli_test(request.unknown_parameter EXIT 1
  ARGS request CancelOperation OperationId=${operation} Forced=true
  ERROR_LINE "error: Forced: unknown parameter \\(expected OperationId, Force or timeout\\)")
sfmodels_cli_test(request.bad_body EXIT 1
  ARGS request BackupPartition partitionId=${partition} "BackupPartitionDescription={\"BackupStorage\":{\"StorageKind\":\"Tape\"}}"
  ERROR_LINE "error: BackupPartitionDescription: invalid parameter value: unknown kind at /BackupStorage/StorageKind \\(offset [0-9]+\\)")
sfmodels_cli_test(request.not_name_value EXIT 1
  ARGS request CancelOperation ${operation}
  ERROR_LINE "error: 'c0ffee00-1234-4abc-8def-0123456789ab' is not NAME=VALUE")
sfmodels_cli_test(usage.request_without_operation EXIT 2
  ARGS request
  STDERR_MATCHES "^sfmodels: request needs an OPERATION \\(`sfmodels operations` lists them\\)")
sfmodels_cli_test(usage.request_unknown_operation EXIT 2
  ARGS request StartDataLos
  STDERR_MATCHES "^sfmodels: unknown OPERATION 'StartDataLos': did you mean StartDataLoss\\? \\(`sfmodels operations` lists them\\)")

# operations beyond the fault and backup ones: a paged list, a body, a header, bounds
sfmodels_cli_test(request.paged_list EXIT 0
  ARGS request GetNodeInfoList ContinuationToken=p2 MaxResults=100 NodeStatusFilter=up
  STDOUT_MATCHES "^GET /Nodes\\?api-version=6\\.3&ContinuationToken=p2&NodeStatusFilter=up&MaxResults=100&timeout=60\n$")
sfmodels_cli_test(request.create_name_with_body EXIT 0
  ARGS request CreateName "NameDescription={\"Name\":\"fabric:/samples/apps\"}"
  STDOUT_MATCHES "^POST /Names/\\$/Create\\?api-version=6\\.0&timeout=60\n{\"Name\":\"fabric:/samples/apps\"}\n$")
sfmodels_cli_test(request.header_parameter EXIT 0
  ARGS request UploadFileChunk contentPath=app/pkg session-id=${operation} "Content-Range=bytes 0-9/10"
  STDOUT_MATCHES "^PUT /ImageStore/app%2Fpkg/\\$/UploadChunk\\?api-version=6\\.0&session-id=${operation}&timeout=60\nContent-Range: bytes 0-9/10\n$")
sfmodels_cli_test(request.application_id EXIT 0
  ARGS request GetApplicationInfo applicationId=fabric:/shop/cart
  STDOUT_MATCHES "^GET /Applications/shop~cart\\?api-version=6\\.0&timeout=60\n$")
sfmodels_cli_test(request.missing_path_parameter EXIT 1
  ARGS request GetNodeInfo
  ERROR_LINE "error: nodeName: missing required parameter")
sfmodels_cli_test(request.below_minimum EXIT 1
  ARGS request GetNodeInfoList MaxResults=-1
  ERROR_LINE "error: MaxResults: parameter value out of range \\(expected 0 or more\\)")
sfmodels_cli_test(request.bad_enum EXIT 1
  ARGS request GetNodeInfoList NodeStatusFilter=sleeping
  ERROR_LINE "error: NodeStatusFilter: invalid parameter value \\(expected .*up.*\\)")
sfmodels_cli_test(usage.request_unknown_operation_far EXIT 2
  ARGS request Frobnicate
  STDERR_MATCHES "^sfmodels: unknown OPERATION 'Frobnicate' \\(`sfmodels operations` lists them\\)")

# `sfmodels operations` lists every operation of the specification
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME cli.operations_count
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/operations_count.py
      $<TARGET_FILE:sfmodels_cli> ${SFMODELS_SPEC})
  set_tests_properties(cli.operations_count PROPERTIES LABELS cli TIMEOUT 60 SKIP_RETURN_CODE 77)
endif()
