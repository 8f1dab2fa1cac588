package id.go.malangkota.ejkn.sop;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.LaneSet;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;

/**
 * A process diagram read as an SOP: its steps in flow order and, for each step, where the flow goes next.
 *
 * <p>Order: loops are found by a depth-first walk from the start events (an edge back to a node still on the
 * walk's path is a loop, e.g. "perbaiki permohonan" back to the intake); without those edges the diagram is
 * acyclic and is sorted topologically, always taking the ready node that the walk discovered first. So a step
 * comes after everything that leads to it, parallel branches appear side by side in the order of their sequence
 * flows in the file, and exception paths appear right after the decision that opens them. The order depends only
 * on the diagram, never on hash order. Steps are activities, start events, and other events that carry
 * documentation; gateways and end events are not steps, they become the "Keterangan" of the step before them.
 */
public final class SopFlow {

  /** An edge of the graph: a sequence flow, or (flow == null) an activity to a boundary event attached to it. */
  record Edge(FlowNode source, FlowNode target, SequenceFlow flow) {}

  /**
   * Where a step leads: the labels passed on the way (gateway questions, flow names, waiting events), the next
   * step or end event, whether the way loops back to an earlier step, and whether it passes a decision (an exclusive,
   * inclusive or event-based gateway with several ways out; a parallel fork or a boundary event is no decision).
   */
  public record Route(List<String> labels, FlowNode target, boolean loop, boolean decision) {}

  private final Process process;
  private final List<FlowNode> nodes;
  private final Map<FlowNode, List<Edge>> out = new LinkedHashMap<>();
  private final Set<Edge> backEdges = new HashSet<>();
  private final Map<FlowNode, Integer> discovery = new HashMap<>();
  private final Map<String, Lane> lanes = new HashMap<>();
  private final List<FlowNode> ordered = new ArrayList<>();

  private SopFlow(Process process) {
    this.process = process;
    this.nodes = new ArrayList<>(process.getChildElementsByType(FlowNode.class));
    for (FlowNode n : nodes) {
      List<Edge> edges = new ArrayList<>();
      for (SequenceFlow f : n.getOutgoing()) {
        edges.add(new Edge(n, f.getTarget(), f));
      }
      out.put(n, edges);
    }
    for (FlowNode n : nodes) {
      if (n instanceof BoundaryEvent b && b.getAttachedTo() != null && out.containsKey(b.getAttachedTo())) {
        out.get(b.getAttachedTo()).add(new Edge(b.getAttachedTo(), b, null));
      }
    }
    for (LaneSet set : process.getLaneSets()) {
      collectLanes(set.getLanes());
    }
    order();
  }

  public static SopFlow of(BpmnModelInstance model, String processId) {
    Process process = model.getModelElementById(processId);
    if (process == null) {
      throw new IllegalArgumentException("no process " + processId + " in the model");
    }
    return new SopFlow(process);
  }

  public Process process() {
    return process;
  }

  /** The steps in flow order. */
  public List<FlowNode> steps() {
    return ordered.stream().filter(SopFlow::isStep).toList();
  }

  /** The lane (Pelaksana) of a node, the innermost when lanes are nested; null when it is in none. */
  public Lane laneOf(FlowNode node) {
    return lanes.get(node.getId());
  }

  public List<Lane> lanes() {
    List<Lane> all = new ArrayList<>();
    for (LaneSet set : process.getLaneSets()) {
      addLanes(set.getLanes(), all);
    }
    return all;
  }

  /** The end events, in flow order. */
  public List<EndEvent> endEvents() {
    return ordered.stream().filter(EndEvent.class::isInstance).map(EndEvent.class::cast).toList();
  }

  public static boolean isStep(FlowNode node) {
    if (node instanceof Activity) {
      return true;
    }
    if (node instanceof StartEvent) {
      return true;
    }
    if (node instanceof EndEvent || node instanceof Gateway) {
      return false;
    }
    return node instanceof Event && !StepDocumentation.of(node).equals(StepDocumentation.EMPTY);
  }

  /** Where the flow goes after a step, through gateways and waiting events, up to the next steps or ends. */
  public List<Route> routesFrom(FlowNode step) {
    List<Route> routes = new ArrayList<>();
    for (Edge e : out.getOrDefault(step, List.of())) {
      walk(e, new ArrayList<>(), false, false, new HashSet<>(), routes);
    }
    return routes;
  }

  private void walk(Edge edge, List<String> labels, boolean loop, boolean decided, Set<FlowNode> seen,
      List<Route> routes) {
    List<String> here = new ArrayList<>(labels);
    if (edge.flow() != null && notBlank(edge.flow().getName())) {
      here.add(clean(edge.flow().getName()));
    } else if (edge.flow() == null && notBlank(edge.target().getName())) {
      here.add(clean(edge.target().getName()));
    }
    boolean looped = loop || backEdges.contains(edge);
    FlowNode target = edge.target();
    if (isStep(target) || target instanceof EndEvent || !seen.add(target)) {
      if (isStep(target) || target instanceof EndEvent) {
        routes.add(new Route(List.copyOf(here), target, looped, decided));
      }
      return;
    }
    List<Edge> next = out.getOrDefault(target, List.of());
    boolean decision = target instanceof Gateway && next.size() > 1;
    if ((decision || target instanceof Event) && notBlank(target.getName())) {
      here.add(clean(target.getName()));
    }
    boolean choice = decided || decision && !(target instanceof ParallelGateway);
    for (Edge e : next) {
      walk(e, here, looped, choice, seen, routes);
    }
  }

  private void order() {
    List<FlowNode> roots = new ArrayList<>();
    for (FlowNode n : nodes) {
      if (n instanceof StartEvent) {
        roots.add(n);
      }
    }
    if (roots.isEmpty()) {
      nodes.stream().filter(n -> n.getIncoming().isEmpty() && !(n instanceof BoundaryEvent)).forEach(roots::add);
    }
    Set<FlowNode> onPath = new HashSet<>();
    for (FlowNode root : roots) {
      discover(root, onPath);
    }
    // nodes not reachable from a start (e.g. event sub-process contents are not children; a stray node is) come last
    for (FlowNode n : nodes) {
      discover(n, onPath);
    }
    Map<FlowNode, Integer> incoming = new HashMap<>();
    for (FlowNode n : nodes) {
      incoming.putIfAbsent(n, 0);
      for (Edge e : out.get(n)) {
        if (!backEdges.contains(e) && out.containsKey(e.target())) {
          incoming.merge(e.target(), 1, Integer::sum);
        }
      }
    }
    PriorityQueue<FlowNode> ready = new PriorityQueue<>(Comparator.comparing(discovery::get));
    incoming.forEach((n, count) -> {
      if (count == 0) {
        ready.add(n);
      }
    });
    Set<FlowNode> done = new HashSet<>();
    while (!ready.isEmpty()) {
      FlowNode n = ready.poll();
      if (!done.add(n)) {
        continue;
      }
      ordered.add(n);
      for (Edge e : out.get(n)) {
        if (!backEdges.contains(e) && incoming.containsKey(e.target()) && incoming.merge(e.target(), -1, Integer::sum) == 0) {
          ready.add(e.target());
        }
      }
    }
    // cannot happen without back edges, but never lose a node
    nodes.stream().filter(n -> !done.contains(n)).sorted(Comparator.comparing(discovery::get)).forEach(ordered::add);
  }

  private void discover(FlowNode node, Set<FlowNode> onPath) {
    if (discovery.containsKey(node)) {
      return;
    }
    discovery.put(node, discovery.size());
    onPath.add(node);
    for (Edge e : out.getOrDefault(node, List.of())) {
      if (onPath.contains(e.target())) {
        backEdges.add(e);
      } else {
        discover(e.target(), onPath);
      }
    }
    onPath.remove(node);
  }

  private void collectLanes(Collection<Lane> laneList) {
    for (Lane lane : laneList) {
      for (FlowNode n : lane.getFlowNodeRefs()) {
        lanes.put(n.getId(), lane);
      }
      if (lane.getChildLaneSet() != null) {
        collectLanes(lane.getChildLaneSet().getLanes());
      }
    }
  }

  private static void addLanes(Collection<Lane> laneList, List<Lane> all) {
    for (Lane lane : laneList) {
      all.add(lane);
      if (lane.getChildLaneSet() != null) {
        addLanes(lane.getChildLaneSet().getLanes(), all);
      }
    }
  }

  static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }

  /** Names in the Modeler may hold line breaks for layout. */
  static String clean(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }
}
