package org.atrium.bench.server;

import com.sun.tools.attach.VirtualMachine;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/** Reads another JVM's heap through its management agent, attached to by process id. */
final class HeapProbe {

  private HeapProbe() {}

  /** Runs a full collection in JVM {@code pid} and returns the heap still in use, in bytes. */
  static long usedAfterFullGc(long pid) throws Exception {
    VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
    try {
      JMXServiceURL address = new JMXServiceURL(vm.startLocalManagementAgent());
      try (JMXConnector jmx = JMXConnectorFactory.connect(address)) {
        MemoryMXBean memory =
            ManagementFactory.newPlatformMXBeanProxy(
                jmx.getMBeanServerConnection(),
                ManagementFactory.MEMORY_MXBEAN_NAME,
                MemoryMXBean.class);
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
      }
    } finally {
      vm.detach();
    }
  }
}
