"""sfgen: reads a Service Fabric REST specification (Swagger 2.0) and writes
sfmodels' model headers, its type registry and its model-test fixtures."""
