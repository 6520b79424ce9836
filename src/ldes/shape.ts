// The SHACL shape every member of the stream conforms to (the event stream's tree:shape): a tombstone,
// or a version of a challenge or of a solution, each with its item and time. Open: a follower may rely
// on what it names, and a member may say more.
import { Parser, type Quad } from 'n3';

export const shapeIri = (baseUrl: string): string => `${baseUrl}/ldes/items/shape`;

const SHAPE = `
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix tree: <https://w3id.org/tree#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix as: <https://www.w3.org/ns/activitystreams#> .
@prefix schema: <https://schema.org/> .
@prefix rov: <http://www.w3.org/ns/regorg#> .
@prefix hd: <https://helemaaldigitaal.vlaanderen.be/ns#> .

<> a sh:NodeShape ;
  sh:targetObjectsOf tree:member ;
  sh:property [ sh:path dcterms:isVersionOf ; sh:minCount 1 ; sh:maxCount 1 ; sh:nodeKind sh:IRI ] ,
    [ sh:path prov:generatedAtTime ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:dateTime ] ;
  sh:xone ( <#tombstone> <#challenge> <#solution> ) .

<#tombstone> a sh:NodeShape ;
  sh:class as:Delete ;
  sh:property [ sh:path as:object ; sh:minCount 1 ; sh:maxCount 1 ; sh:nodeKind sh:IRI ] .

<#version> a sh:NodeShape ;
  sh:property [ sh:path schema:name ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype rdf:langString ] ,
    [ sh:path dcterms:title ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype rdf:langString ] ,
    [ sh:path dcterms:description ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype rdf:langString ] ,
    [ sh:path dcterms:identifier ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:string ] ,
    [ sh:path schema:url ; sh:minCount 1 ; sh:maxCount 1 ; sh:nodeKind sh:IRI ] ,
    [ sh:path schema:inLanguage ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:string ] ,
    [ sh:path schema:dateModified ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:dateTime ] ,
    [ sh:path schema:datePublished ; sh:maxCount 1 ; sh:datatype xsd:dateTime ] ,
    [ sh:path hd:status ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:string ] ,
    [ sh:path hd:sector ; sh:datatype xsd:string ] ,
    [ sh:path hd:spearhead ; sh:datatype xsd:integer ] .

<#organisation> a sh:NodeShape ;
  sh:class schema:Organization ;
  sh:property [ sh:path schema:name ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:string ] ,
    [ sh:path rov:legalName ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:string ] ,
    [ sh:path hd:isSme ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:boolean ] ,
    [ sh:path schema:sameAs ; sh:minCount 1 ; sh:maxCount 1 ; sh:nodeKind sh:IRI ] .

<#challenge> a sh:NodeShape ;
  sh:class schema:Demand , hd:Challenge ;
  sh:node <#version> ;
  sh:property [ sh:path schema:seller ; sh:minCount 1 ; sh:maxCount 1 ; sh:node <#organisation> ] ,
    [ sh:path schema:areaServed ; sh:minCount 1 ; sh:maxCount 1 ; sh:nodeKind sh:IRI ] ,
    [ sh:path hd:urgency ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:string ] ,
    [ sh:path hd:deadline ; sh:maxCount 1 ; sh:datatype xsd:date ] ,
    [ sh:path hd:durationMonths ; sh:maxCount 1 ; sh:datatype xsd:integer ] .

<#solution> a sh:NodeShape ;
  sh:class schema:Service , hd:Solution ;
  sh:node <#version> ;
  sh:property [ sh:path schema:provider ; sh:minCount 1 ; sh:maxCount 1 ; sh:node <#organisation> ] ,
    [ sh:path schema:serviceType ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:string ] ,
    [ sh:path schema:offers ; sh:minCount 1 ; sh:maxCount 1 ; sh:class schema:Offer ] ,
    [ sh:path schema:areaServed ; sh:nodeKind sh:IRI ] ,
    [ sh:path hd:pricing ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:string ] ,
    [ sh:path hd:trl ; sh:maxCount 1 ; sh:datatype xsd:integer ] .
`;

/** The shape's quads; its blank nodes are named by their place, so the document is the same text (and ETag) each time. */
export function shapeQuads(baseUrl: string): Quad[] {
  return new Parser({ baseIRI: shapeIri(baseUrl), blankNodePrefix: 'shape' }).parse(SHAPE);
}
