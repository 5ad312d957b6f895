/**
 * MQTT transport details shared by the tracking ingest (the server side of the device contract)
 * and the device simulator: a socket factory for Paho that batches system calls. Plain JDK, no
 * domain and no Spring, so the standalone simulator can use it too.
 */
package io.zaplecze.mqtt;
