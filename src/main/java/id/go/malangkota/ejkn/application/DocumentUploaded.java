package id.go.malangkota.ejkn.application;

/** Published after an upload so that the file of the application's open tasks shows the new document. */
public record DocumentUploaded(String applicationNumber, String processInstanceId) {}
