import com.sun.tools.attach.VirtualMachine;

/**
 * Loads a native agent (async-profiler) into a running JVM and passes it a command, for bench/gateway/profile.
 * Usage: java bench/gateway/Attach.java PID /path/to/libasyncProfiler.so "start,event=cpu,interval=1ms"
 * (jcmd's JVMTI.agent_load does not pass commas in the options through.)
 */
public class Attach {

    public static void main(String[] args) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(args[0]);
        try {
            vm.loadAgentPath(args[1], args[2]);
        } finally {
            vm.detach();
        }
    }
}
